using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>One surveyed case: the signals the model reads and the answer the customer gave.</summary>
public sealed record CalibrationSample(PredictionSignals Signals, double Actual);

/// <summary>
/// What a calibration found: the model fitted on every sample, and how a model fitted on the earlier samples only did
/// on the later ones (the holdout) beside the two naive guesses, the training answers' mean and their most common value.
/// </summary>
public sealed record CalibrationResult(
    SatisfactionMeasure Measure,
    SatisfactionModel Model,
    int TrainingCases,
    int HoldoutCases,
    double HoldoutMae,
    double MeanBaselineMae,
    double ModeBaselineMae,
    double Lambda);

/// <summary>
/// Fits a <see cref="SatisfactionModel"/> to surveyed cases. The model stays what it is (linear in the same ten signals,
/// clamped to the scale); only its weights are learned:
/// <list type="bullet">
/// <item>least absolute deviations (the error the dashboard reports is the mean absolute error), by iteratively
/// reweighted least squares;</item>
/// <item>every weight keeps the sign its meaning fixes (<see cref="SatisfactionModel.SignsOf"/>): a signal that goes
/// the "wrong" way in a small sample gets weight 0, never a perverse one;</item>
/// <item>ridge regularisation on standardised signals, its strength chosen on the last fifth of the training cases from
/// a small grid, so a few odd cases cannot swing the weights;</item>
/// <item>a time-ordered holdout: the latest quarter of the cases is never seen by the model whose error is reported.</item>
/// </list>
/// The weights written are then fitted on all cases with the chosen strength. Deterministic: no random split.
/// </summary>
public static class SatisfactionCalibrator
{
    public const double HoldoutShare = 0.25;
    public const int MinimumCases = 20;
    public static readonly IReadOnlyList<double> Strengths = new[] { 0.001, 0.01, 0.1, 1.0 };

    private const int ReweightRounds = 25;
    private const int Sweeps = 60;
    private const double SmallestResidual = 0.05;

    /// <summary>Calibrates on <paramref name="samplesInTimeOrder"/> (oldest first).</summary>
    /// <exception cref="ArgumentException">Fewer than <see cref="MinimumCases"/> cases.</exception>
    public static CalibrationResult Calibrate(SatisfactionMeasure measure, IReadOnlyList<CalibrationSample> samplesInTimeOrder)
    {
        if (samplesInTimeOrder == null) throw new ArgumentNullException(nameof(samplesInTimeOrder));
        var n = samplesInTimeOrder.Count;
        if (n < MinimumCases)
            throw new ArgumentException($"{measure}: {n} surveyed case(s); calibration needs at least {MinimumCases}.", nameof(samplesInTimeOrder));
        var holdoutCount = Math.Max(1, (int)Math.Round(n * HoldoutShare));
        var training = samplesInTimeOrder.Take(n - holdoutCount).ToList();
        var holdout = samplesInTimeOrder.Skip(n - holdoutCount).ToList();

        var lambda = ChooseStrength(measure, training);
        var trained = Fit(measure, training, lambda);
        var mean = training.Average(s => s.Actual);
        var mode = Mode(training.Select(s => s.Actual));
        return new CalibrationResult(
            measure,
            Fit(measure, samplesInTimeOrder, lambda),
            training.Count,
            holdout.Count,
            Mae(trained, holdout),
            holdout.Average(s => Math.Abs(s.Actual - mean)),
            holdout.Average(s => Math.Abs(s.Actual - mode)),
            lambda);
    }

    /// <summary>Mean absolute error of a model's (clamped, rounded) predictions.</summary>
    public static double Mae(SatisfactionModel model, IReadOnlyList<CalibrationSample> samples) =>
        samples.Average(s => Math.Abs(s.Actual - model.Predict(s.Signals).Value));

    private static double ChooseStrength(SatisfactionMeasure measure, List<CalibrationSample> training)
    {
        var validation = Math.Max(1, training.Count / 5);
        var inner = training.Take(training.Count - validation).ToList();
        var check = training.Skip(training.Count - validation).ToList();
        var best = Strengths[Strengths.Count - 1];
        var bestError = double.MaxValue;
        // Strongest first: a weaker penalty must do strictly better to be chosen.
        foreach (var lambda in Strengths.Reverse())
        {
            var error = Mae(Fit(measure, inner, lambda), check);
            if (error < bestError - 1e-9)
            {
                best = lambda;
                bestError = error;
            }
        }
        return best;
    }

    /// <summary>Sign-constrained, ridge-penalised least absolute deviations (IRLS with coordinate descent).</summary>
    public static SatisfactionModel Fit(SatisfactionMeasure measure, IReadOnlyList<CalibrationSample> samples, double lambda)
    {
        var n = samples.Count;
        var signs = SatisfactionModel.SignsOf(measure);
        var p = signs.Length;
        var x = samples.Select(s => SatisfactionModel.InputsOf(s.Signals)).ToArray();
        var y = samples.Select(s => s.Actual).ToArray();
        var mu = new double[p];
        var sd = new double[p];
        for (var j = 0; j < p; j++)
        {
            mu[j] = x.Average(row => row[j]);
            sd[j] = Math.Sqrt(x.Average(row => (row[j] - mu[j]) * (row[j] - mu[j])));
        }
        var z = new double[n][];
        for (var i = 0; i < n; i++)
        {
            z[i] = new double[p];
            for (var j = 0; j < p; j++) z[i][j] = sd[j] > 1e-12 ? (x[i][j] - mu[j]) / sd[j] : 0;
        }

        var w = new double[p];
        var b = y.Average();
        var v = Enumerable.Repeat(1.0, n).ToArray();
        var fitted = new double[n];
        for (var round = 0; round < ReweightRounds; round++)
        {
            var weightSum = v.Sum();
            for (var i = 0; i < n; i++) fitted[i] = Dot(w, z[i]);
            for (var sweep = 0; sweep < Sweeps; sweep++)
            {
                b = 0;
                for (var i = 0; i < n; i++) b += v[i] * (y[i] - fitted[i]);
                b /= weightSum;
                for (var j = 0; j < p; j++)
                {
                    if (sd[j] <= 1e-12) continue;
                    double numerator = 0, denominator = lambda * weightSum;
                    for (var i = 0; i < n; i++)
                    {
                        var partial = y[i] - b - fitted[i] + w[j] * z[i][j];
                        numerator += v[i] * z[i][j] * partial;
                        denominator += v[i] * z[i][j] * z[i][j];
                    }
                    var updated = denominator > 0 ? numerator / denominator : 0;
                    updated = signs[j] > 0 ? Math.Max(0, updated) : Math.Min(0, updated);
                    if (updated == w[j]) continue;
                    for (var i = 0; i < n; i++) fitted[i] += (updated - w[j]) * z[i][j];
                    w[j] = updated;
                }
            }
            for (var i = 0; i < n; i++) v[i] = 1 / Math.Max(Math.Abs(y[i] - b - fitted[i]), SmallestResidual);
        }

        var raw = new double[p];
        var intercept = b;
        for (var j = 0; j < p; j++)
        {
            raw[j] = sd[j] > 1e-12 ? Clamp(Math.Round(w[j] / sd[j], 4)) : 0;
            intercept -= raw[j] * mu[j];
        }
        return SatisfactionModel.WithWeights(measure, Clamp(Math.Round(intercept, 4)), raw);
    }

    private static double Clamp(double weight) => Math.Max(-100, Math.Min(100, weight));

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>The most common whole answer; a tie goes to the smaller value.</summary>
    private static double Mode(IEnumerable<double> answers) =>
        answers.Select(a => Math.Round(a)).GroupBy(a => a).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
}

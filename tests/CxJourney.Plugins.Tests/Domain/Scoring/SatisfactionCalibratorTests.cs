using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Scoring;

namespace CxJourney.Plugins.Tests.Domain.Scoring;

public class SatisfactionCalibratorTests
{
    // Answers made by a known model plus noise: reopens and a missed resolve-by hurt, first-contact resolution and
    // good sentiment help; hand-offs do the opposite of what they mean in this sample (they "raise" CSAT).
    private static List<CalibrationSample> Cases(int count, int seed, double noise = 0.4)
    {
        var random = new Random(seed);
        var samples = new List<CalibrationSample>();
        for (var i = 0; i < count; i++)
        {
            var signals = new PredictionSignals
            {
                FirstContactResolution = random.NextDouble() < 0.5,
                Reopens = random.NextDouble() < 0.2 ? 1 + random.Next(2) : 0,
                ResolveByMissed = random.NextDouble() < 0.25,
                SentimentAverage = random.NextDouble() * 2 - 1,
                Handoffs = random.Next(3),
                ResolutionBusinessHours = random.NextDouble() * 40,
            };
            var value = 3.8 + (signals.FirstContactResolution ? 0.5 : 0) - 0.8 * signals.Reopens - 1.0 * (signals.ResolveByMissed ? 1 : 0)
                        + 0.6 * signals.SentimentAverage + 0.3 * signals.Handoffs + noise * (random.NextDouble() * 2 - 1);
            samples.Add(new CalibrationSample(signals, Math.Max(1, Math.Min(5, Math.Round(value)))));
        }
        return samples;
    }

    [Fact]
    public void Learns_the_weights_that_made_the_answers_and_beats_both_baselines_on_the_holdout()
    {
        var result = SatisfactionCalibrator.Calibrate(SatisfactionMeasure.Csat, Cases(400, 7));

        Assert.Equal(300, result.TrainingCases);
        Assert.Equal(100, result.HoldoutCases);
        Assert.True(result.HoldoutMae < 0.75 * result.MeanBaselineMae, $"{result.HoldoutMae} vs mean baseline {result.MeanBaselineMae}");
        Assert.True(result.HoldoutMae < result.ModeBaselineMae);
        Assert.InRange(result.Model.PerReopen, -1.1, -0.5);
        Assert.InRange(result.Model.ResolveByMissed, -1.3, -0.7);
        Assert.InRange(result.Model.SentimentAverage, 0.3, 0.9);
    }

    [Fact]
    public void A_signal_that_goes_against_its_meaning_gets_no_weight_instead_of_a_perverse_one()
    {
        var csat = SatisfactionCalibrator.Calibrate(SatisfactionMeasure.Csat, Cases(400, 11));

        // Hand-offs raised CSAT in the data, but a hand-off can only lower it: the weight stays at the boundary.
        Assert.Equal(0, csat.Model.PerHandoff);
        Assert.All(SatisfactionModel.Terms.Zip(csat.Model.Weights(), SatisfactionModel.SignsOf(SatisfactionMeasure.Csat)),
            t => Assert.True(t.Second * t.Third >= 0, $"{t.First} {t.Second} has the wrong sign"));
        // And what it writes is what the plugins' reader accepts.
        var json = "{ \"csatModel\": { \"intercept\": " + csat.Model.Intercept.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " +
                   string.Join(", ", SatisfactionModel.Terms.Zip(csat.Model.Weights(), (n, w) => $"\"{n}\": {w.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) + " } }";
        Assert.Equal(csat.Model.Weights(), ScoringSettings.Parse(json).CsatModel.Weights());
    }

    [Fact]
    public void Stronger_regularisation_shrinks_the_weights()
    {
        var samples = Cases(200, 3);
        var weak = SatisfactionCalibrator.Fit(SatisfactionMeasure.Csat, samples, 0.001);
        var strong = SatisfactionCalibrator.Fit(SatisfactionMeasure.Csat, samples, 10);
        Assert.True(strong.Weights().Sum(Math.Abs) < 0.5 * weak.Weights().Sum(Math.Abs));
    }

    [Fact]
    public void The_holdout_is_the_latest_quarter_and_too_few_cases_are_refused()
    {
        var samples = Cases(40, 5);
        var result = SatisfactionCalibrator.Calibrate(SatisfactionMeasure.Csat, samples);
        var trained = SatisfactionCalibrator.Fit(SatisfactionMeasure.Csat, samples.Take(30).ToList(), result.Lambda);
        Assert.Equal(SatisfactionCalibrator.Mae(trained, samples.Skip(30).ToList()), result.HoldoutMae, 10);
        var mean = samples.Take(30).Average(s => s.Actual);
        Assert.Equal(samples.Skip(30).Average(s => Math.Abs(s.Actual - mean)), result.MeanBaselineMae, 10);

        var error = Assert.Throws<ArgumentException>(() => SatisfactionCalibrator.Calibrate(SatisfactionMeasure.Ces, Cases(19, 5)));
        Assert.Contains("at least 20", error.Message);
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>One term of a prediction: input x weight = contribution.</summary>
public sealed record PredictionTerm(string Name, double Input, double Weight, double Contribution);

/// <summary>A model's output with every term, so a prediction can be explained line by line.</summary>
public sealed record SatisfactionPrediction(double Value, double Unclamped, IReadOnlyList<PredictionTerm> Terms)
{
    /// <summary>"intercept 4.4; perReopen 2 x -0.6 = -1.2; ...; sum 2.35 -> 2.35 (range 1..5)".</summary>
    public string Explain(double min, double max)
    {
        var parts = Terms.Select(t => t.Name == "intercept"
            ? "intercept " + F(t.Contribution)
            : $"{t.Name} {F(t.Input)} x {F(t.Weight)} = {F(t.Contribution)}");
        return string.Join("; ", parts) + $"; sum {F(Unclamped)} -> {F(Value)} (range {F(min)}..{F(max)})";
    }

    // Adding +0.0 turns -0 (0 x a negative weight) into 0 so the explanation never shows "-0".
    private static string F(double d) => (d + 0.0).ToString("0.###", CultureInfo.InvariantCulture);
}

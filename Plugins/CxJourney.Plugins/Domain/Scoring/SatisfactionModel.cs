using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>Which survey measure a model predicts.</summary>
public enum SatisfactionMeasure
{
    /// <summary>Customer satisfaction, 1-5, higher is better.</summary>
    Csat,

    /// <summary>Customer effort, 1-7, higher is worse.</summary>
    Ces,
}

/// <summary>
/// A transparent linear model that predicts a survey answer the customer did not give:
/// <code>
/// value = clamp( intercept
///              + firstContactResolution    × (1 if resolved first time, else 0)
///              + perReopen                 × reopens
///              + perExtraInboundContact    × (inbound contacts − 1, at least 0)
///              + resolveByMissed           × (1 if the resolve-by time was missed, else 0)
///              + perResolutionBusinessHour × business hours from creation to resolution
///              + perFirstResponseHour      × wall-clock hours to the first agent response
///              + perHandoff                × (queue transfers + owner changes)
///              + perExtraChannel           × (channels used − 1, at least 0)
///              + sentimentAverage          × average touchpoint sentiment (−1..1, 0 when unknown)
///              + sentimentMinimum          × most negative touchpoint sentiment (−1..1, 0 when unknown),
///              min, max )   rounded to 2 decimals
/// </code>
/// CSAT runs 1..5 and CES 1..7. Every weight is configuration (<see cref="ScoringSettings"/>); the sign of
/// each is fixed by what the signal means (a reopen can only lower CSAT and raise effort), which the
/// configuration reader enforces, so predictions are monotonic in every signal.
/// Shipped CSAT weights: intercept 4.4, FCR +0.3, reopen −0.6, extra inbound −0.25, resolve-by missed −0.7,
/// per resolution business hour −0.01, per first-response hour −0.05, per hand-off −0.15, per extra channel −0.1,
/// sentiment average +0.8, sentiment minimum +0.3.
/// Shipped CES weights: intercept 2.0, FCR −0.3, reopen +0.8, extra inbound +0.5, resolve-by missed +0.4,
/// per resolution business hour +0.01, per first-response hour +0.03, per hand-off +0.3, per extra channel +0.4,
/// sentiment average −0.6, sentiment minimum −0.2.
/// </summary>
public sealed record SatisfactionModel
{
    public static readonly SatisfactionModel DefaultCsat = new(SatisfactionMeasure.Csat)
    {
        Intercept = 4.4,
        FirstContactResolution = 0.3,
        PerReopen = -0.6,
        PerExtraInboundContact = -0.25,
        ResolveByMissed = -0.7,
        PerResolutionBusinessHour = -0.01,
        PerFirstResponseHour = -0.05,
        PerHandoff = -0.15,
        PerExtraChannel = -0.1,
        SentimentAverage = 0.8,
        SentimentMinimum = 0.3,
    };

    public static readonly SatisfactionModel DefaultCes = new(SatisfactionMeasure.Ces)
    {
        Intercept = 2.0,
        FirstContactResolution = -0.3,
        PerReopen = 0.8,
        PerExtraInboundContact = 0.5,
        ResolveByMissed = 0.4,
        PerResolutionBusinessHour = 0.01,
        PerFirstResponseHour = 0.03,
        PerHandoff = 0.3,
        PerExtraChannel = 0.4,
        SentimentAverage = -0.6,
        SentimentMinimum = -0.2,
    };

    /// <summary>Term names as they appear in the configuration and the explanation.</summary>
    internal static readonly string[] TermNames =
    {
        "firstContactResolution", "perReopen", "perExtraInboundContact", "resolveByMissed", "perResolutionBusinessHour",
        "perFirstResponseHour", "perHandoff", "perExtraChannel", "sentimentAverage", "sentimentMinimum",
    };

    public SatisfactionModel(SatisfactionMeasure measure)
    {
        Measure = measure;
    }

    public SatisfactionMeasure Measure { get; }

    /// <summary>Both scales start at 1.</summary>
    public double Min => 1;

    public double Max => Measure == SatisfactionMeasure.Csat ? 5 : 7;

    public double Intercept { get; init; }
    public double FirstContactResolution { get; init; }
    public double PerReopen { get; init; }
    public double PerExtraInboundContact { get; init; }
    public double ResolveByMissed { get; init; }
    public double PerResolutionBusinessHour { get; init; }
    public double PerFirstResponseHour { get; init; }
    public double PerHandoff { get; init; }
    public double PerExtraChannel { get; init; }
    public double SentimentAverage { get; init; }
    public double SentimentMinimum { get; init; }

    /// <summary>
    /// The sign a term's weight must have: +1 (weight ≥ 0) or -1 (weight ≤ 0). For CSAT the FCR and sentiment
    /// terms are +1 and the rest -1; for CES the other way round.
    /// </summary>
    internal static int ExpectedSign(SatisfactionMeasure measure, string term)
    {
        var good = term == "firstContactResolution" || term == "sentimentAverage" || term == "sentimentMinimum";
        var sign = good ? 1 : -1;
        return measure == SatisfactionMeasure.Csat ? sign : -sign;
    }

    internal double Weight(string term)
    {
        switch (term)
        {
            case "firstContactResolution": return FirstContactResolution;
            case "perReopen": return PerReopen;
            case "perExtraInboundContact": return PerExtraInboundContact;
            case "resolveByMissed": return ResolveByMissed;
            case "perResolutionBusinessHour": return PerResolutionBusinessHour;
            case "perFirstResponseHour": return PerFirstResponseHour;
            case "perHandoff": return PerHandoff;
            case "perExtraChannel": return PerExtraChannel;
            case "sentimentAverage": return SentimentAverage;
            case "sentimentMinimum": return SentimentMinimum;
            default: throw new ArgumentOutOfRangeException(nameof(term), term, "Unknown model term.");
        }
    }

    internal SatisfactionModel With(string term, double weight)
    {
        switch (term)
        {
            case "intercept": return this with { Intercept = weight };
            case "firstContactResolution": return this with { FirstContactResolution = weight };
            case "perReopen": return this with { PerReopen = weight };
            case "perExtraInboundContact": return this with { PerExtraInboundContact = weight };
            case "resolveByMissed": return this with { ResolveByMissed = weight };
            case "perResolutionBusinessHour": return this with { PerResolutionBusinessHour = weight };
            case "perFirstResponseHour": return this with { PerFirstResponseHour = weight };
            case "perHandoff": return this with { PerHandoff = weight };
            case "perExtraChannel": return this with { PerExtraChannel = weight };
            case "sentimentAverage": return this with { SentimentAverage = weight };
            case "sentimentMinimum": return this with { SentimentMinimum = weight };
            default: throw new ArgumentOutOfRangeException(nameof(term), term, "Unknown model term.");
        }
    }

    /// <summary>The term names, in the order of <see cref="InputsOf"/> and <see cref="WithWeights"/>.</summary>
    public static IReadOnlyList<string> Terms => TermNames;

    /// <summary>The model's inputs for one case, in <see cref="Terms"/> order.</summary>
    public static double[] InputsOf(PredictionSignals signals)
    {
        if (signals == null) throw new ArgumentNullException(nameof(signals));
        var inputs = new double[TermNames.Length];
        for (var i = 0; i < inputs.Length; i++) inputs[i] = Input(signals, TermNames[i]);
        return inputs;
    }

    /// <summary>The sign each term's weight must have (+1 or -1), in <see cref="Terms"/> order.</summary>
    public static int[] SignsOf(SatisfactionMeasure measure)
    {
        var signs = new int[TermNames.Length];
        for (var i = 0; i < signs.Length; i++) signs[i] = ExpectedSign(measure, TermNames[i]);
        return signs;
    }

    /// <summary>This measure's model with the given intercept and weights (in <see cref="Terms"/> order).</summary>
    public static SatisfactionModel WithWeights(SatisfactionMeasure measure, double intercept, IReadOnlyList<double> weights)
    {
        if (weights == null || weights.Count != TermNames.Length) throw new ArgumentException($"Expected {TermNames.Length} weights.", nameof(weights));
        var model = new SatisfactionModel(measure) { Intercept = intercept };
        for (var i = 0; i < TermNames.Length; i++) model = model.With(TermNames[i], weights[i]);
        return model;
    }

    /// <summary>The weights in <see cref="Terms"/> order.</summary>
    public double[] Weights()
    {
        var weights = new double[TermNames.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = Weight(TermNames[i]);
        return weights;
    }

    /// <summary>Applies the formula in the class comment.</summary>
    public SatisfactionPrediction Predict(PredictionSignals signals)
    {
        if (signals == null) throw new ArgumentNullException(nameof(signals));
        var terms = new List<PredictionTerm>(11) { new("intercept", 1, Intercept, Intercept) };
        var sum = Intercept;
        foreach (var name in TermNames)
        {
            var input = Input(signals, name);
            var weight = Weight(name);
            var contribution = input * weight;
            sum += contribution;
            terms.Add(new PredictionTerm(name, input, weight, contribution));
        }
        var clamped = sum < Min ? Min : sum > Max ? Max : sum;
        return new SatisfactionPrediction(Math.Round(clamped, 2, MidpointRounding.AwayFromZero), sum, terms);
    }

    private static double Input(PredictionSignals s, string term)
    {
        switch (term)
        {
            case "firstContactResolution": return s.FirstContactResolution ? 1 : 0;
            case "perReopen": return s.Reopens;
            case "perExtraInboundContact": return s.ExtraInboundContacts;
            case "resolveByMissed": return s.ResolveByMissed ? 1 : 0;
            case "perResolutionBusinessHour": return s.ResolutionBusinessHours;
            case "perFirstResponseHour": return s.FirstResponseHours;
            case "perHandoff": return s.Handoffs;
            case "perExtraChannel": return s.ExtraChannels;
            case "sentimentAverage": return s.SentimentAverage;
            default: return s.SentimentMinimum;
        }
    }
}

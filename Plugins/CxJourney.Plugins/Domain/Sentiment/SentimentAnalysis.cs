using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.Sentiment;

/// <summary>The outcome of scoring one text: the normalised score and the terms that produced it, for tracing.</summary>
public sealed class SentimentAnalysis
{
    public SentimentAnalysis(double score, double total, IReadOnlyList<SentimentHit> hits)
    {
        Score = score;
        Total = total;
        Hits = hits;
    }

    /// <summary>-1 (very negative) .. +1 (very positive); 0 when nothing in the text carries sentiment.</summary>
    public double Score { get; }

    /// <summary>The unnormalised sum of <see cref="SentimentHit.Contribution"/>s.</summary>
    public double Total { get; }

    /// <summary>Matched terms in text order.</summary>
    public IReadOnlyList<SentimentHit> Hits { get; }
}

/// <summary>One matched lexicon term and what it contributed after negation, modifiers and emphasis.</summary>
public sealed class SentimentHit
{
    public SentimentHit(string term, double weight, double contribution, bool negated)
    {
        Term = term;
        Weight = weight;
        Contribution = contribution;
        Negated = negated;
    }

    /// <summary>The lexicon entry as matched (lower-case; a phrase has single spaces).</summary>
    public string Term { get; }

    /// <summary>The entry's lexicon valence.</summary>
    public double Weight { get; }

    public double Contribution { get; }

    public bool Negated { get; }

    public override string ToString() => Term + (Negated ? " (negated)" : "") + ": " + Contribution.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}

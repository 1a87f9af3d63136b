namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>The operational signals the satisfaction models read, derived from a <see cref="CaseSummary"/>.</summary>
public sealed record PredictionSignals
{
    public bool FirstContactResolution { get; init; }

    public int Reopens { get; init; }

    /// <summary>Inbound contacts beyond the first: each one is the customer chasing.</summary>
    public int ExtraInboundContacts { get; init; }

    public bool ResolveByMissed { get; init; }

    /// <summary>Business hours to resolution (to now while open).</summary>
    public double ResolutionBusinessHours { get; init; }

    /// <summary>Wall-clock hours to the first agent response; 0 when there was none to measure.</summary>
    public double FirstResponseHours { get; init; }

    /// <summary>Transfers plus owner changes.</summary>
    public int Handoffs { get; init; }

    /// <summary>Channels used beyond the first.</summary>
    public int ExtraChannels { get; init; }

    /// <summary>Average touchpoint sentiment, -1..1; 0 (neutral) when none was scored.</summary>
    public double SentimentAverage { get; init; }

    /// <summary>Most negative touchpoint sentiment, -1..1; 0 when none was scored.</summary>
    public double SentimentMinimum { get; init; }
}

using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>Everything a cx_casescore row holds for one case.</summary>
public sealed record CaseScore
{
    /// <summary>Resolved with at most one inbound contact and never reopened.</summary>
    public bool FirstContactResolution { get; init; }

    public int InboundContacts { get; init; }

    public int OutboundContacts { get; init; }

    public int Reopens { get; init; }

    /// <summary>Wall-clock minutes from creation to the first agent response; null without a response.</summary>
    public double? FirstResponseMinutes { get; init; }

    /// <summary>Business hours from creation to resolution; null while open.</summary>
    public double? ResolutionBusinessHours { get; init; }

    public DateTime ResolveByUtc { get; init; }

    public ResolveBySource ResolveBySource { get; init; }

    /// <summary>True when resolved by the resolve-by time; false when resolved late or still open past it; null when open and not yet due.</summary>
    public bool? ResolveByMet { get; init; }

    /// <summary>CSAT 1-5, surveyed or predicted.</summary>
    public ScoredValue Csat { get; init; } = new(3, ScoreSource.Predicted, null, null);

    /// <summary>CES 1-7 (higher = more effort), surveyed or predicted.</summary>
    public ScoredValue Ces { get; init; } = new(4, ScoreSource.Predicted, null, null);

    /// <summary>NPS 0-10, only ever from an answer.</summary>
    public int? Nps { get; init; }

    public NpsCategory? NpsCategory { get; init; }

    /// <summary>Average touchpoint sentiment (-1..1); null when none was scored.</summary>
    public double? SentimentAverage { get; init; }

    public double? SentimentMinimum { get; init; }

    public int SentimentCount { get; init; }

    /// <summary>The composite case experience score, 0-100.</summary>
    public int Composite { get; init; }

    /// <summary>The CSAT model's terms, one line each, for the trace and the row's explanation column.</summary>
    public string CsatExplanation { get; init; } = "";

    public string CesExplanation { get; init; } = "";

    /// <summary>Problems that did not stop scoring (for the trace), e.g. a calendar without working time.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = new string[0];

    /// <summary>The signals the CSAT and CES models read for this case (what calibration fits against).</summary>
    public PredictionSignals Signals { get; init; } = new();
}

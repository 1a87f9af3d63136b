using System;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>A scored case as journey health counts it: its composite, dated by its resolution (else by when it was scored).</summary>
public sealed record ScoredCaseEntry(Guid CaseId, DateTime OnUtc, int Composite)
{
    /// <summary>The entry of a score row, or null when the row does not count (no composite, or no date).</summary>
    public static ScoredCaseEntry? Of(Guid caseId, int? composite, DateTime? resolvedOnUtc, DateTime? scoredOnUtc)
    {
        var on = resolvedOnUtc ?? scoredOnUtc;
        return composite.HasValue && on.HasValue ? new ScoredCaseEntry(caseId, on.Value, composite.Value) : null;
    }
}

/// <summary>
/// A feedback answer as journey health counts it: answers already checked against their scales (out-of-range ones
/// dropped), the instant it was answered (else created), and its case (null for feedback about no case).
/// </summary>
public sealed record FeedbackEntry(Guid Id, Guid? CaseId, DateTime AnsweredOnUtc, int? Csat, int? Ces, int? Nps);

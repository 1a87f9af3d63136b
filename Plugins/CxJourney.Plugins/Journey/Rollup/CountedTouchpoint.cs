using System;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// A touchpoint as the journey ledger counts it: stored option values, the feedback band it is stored with,
/// and whether it is active (inactive touchpoints are linked to the journey but counted nowhere, as the
/// aggregate queries filter them out).
/// </summary>
public sealed record CountedTouchpoint(string Key, int Channel, int Direction, int Kind, int? Band, DateTime OccurredOn,
    string? ThreadKey, double? Sentiment, bool IsActive)
{
    public string? Thread => string.IsNullOrEmpty(ThreadKey) ? null : ThreadKey;

    public bool IsThreadRelevant => ThreadRoles.IsThreadRelevant(Channel, Direction, Kind, Thread);
}

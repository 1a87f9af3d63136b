using System;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Open/closed state of one case, kept as the latest opening and latest closing instants rather than a flag:
/// merging two states takes the later of each, so events can arrive in any order, or twice, and the
/// state still comes out the same. A case is open when it was (re)opened after it was last closed.
/// </summary>
public sealed class CaseState
{
    public CaseState(DateTime? lastOpenedOn, DateTime? lastClosedOn)
    {
        LastOpenedOn = lastOpenedOn;
        LastClosedOn = lastClosedOn;
    }

    public DateTime? LastOpenedOn { get; }

    public DateTime? LastClosedOn { get; }

    /// <summary>Opened and not closed since. An opening and a closing at the same instant count as closed.</summary>
    public bool IsOpen => LastOpenedOn.HasValue && (!LastClosedOn.HasValue || LastOpenedOn.Value > LastClosedOn.Value);

    public CaseState Merge(CaseState other) =>
        new(DateMath.Max(LastOpenedOn, other.LastOpenedOn), DateMath.Max(LastClosedOn, other.LastClosedOn));
}

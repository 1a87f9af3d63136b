using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Identity;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// The atomic part of the per-contact throttle. The planner's count of recent follow-ups is read before anything is
/// written, so jobs running in parallel (Dataverse runs asynchronous jobs in parallel) would all see room. Each
/// counted follow-up (task or phone call) therefore takes its id from one of the contact's
/// <see cref="ThrottleSettings.MaxFollowUps"/> slots of the current throttle window: slot k of window w has the
/// name-based id of "contact|w|k". Creating a row whose id exists fails with DuplicateRecord for every activity
/// table (they share activitypointer's primary key), so of any number of parallel claims of one slot exactly one
/// succeeds, and a contact can never have more than MaxFollowUps follow-ups in one window.
/// Windows are fixed: window w covers [w·D, (w+1)·D) days from 0001-01-01 (a Monday, so 7-day windows run
/// Monday to Sunday). The planner's rolling count still decides first, so serial runs behave exactly as before;
/// only parallel jobs straddling a window boundary can reach up to twice the limit over a rolling D days.
/// </summary>
public static class ThrottleSlots
{
    /// <summary>The namespace of slot ids (distinct from the event-derived follow-up ids).</summary>
    public static readonly Guid SlotNamespace = new("0b7e4a51-2d6c-4f0e-8c39-5a1f6e2d7b84");

    public static long WindowOf(DateTime nowUtc, ThrottleSettings throttle) =>
        nowUtc.Ticks / TimeSpan.FromDays(Math.Max(1, throttle.PerDays)).Ticks;

    /// <summary>The id of slot <paramref name="slot"/> of the contact's window.</summary>
    public static Guid IdOf(Guid contactId, long window, int slot) =>
        NameBasedGuid.Create(SlotNamespace, string.Format(CultureInfo.InvariantCulture, "{0:D}|{1}|{2}", contactId, window, slot));

    /// <summary>
    /// How many counted follow-ups the contact already has in the current window, as the planner's query saw them: the
    /// first slot worth trying, so a run without competition claims on its first create, as it did before slots.
    /// </summary>
    public static int UsedIn(IEnumerable<RecentFollowUp> recent, DateTime nowUtc, ThrottleSettings throttle)
    {
        var window = WindowOf(nowUtc, throttle);
        return recent.Count(r => Counts(r.Kind) && WindowOf(r.CreatedOnUtc, throttle) == window);
    }

    /// <summary>Whether an activity of this kind counts against the throttle (a draft email only accompanies its task).</summary>
    public static bool Counts(ActivityKind kind) => kind != ActivityKind.EmailDraft;
}

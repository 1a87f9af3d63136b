using System;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>A customer-facing moment an activity event makes: the touchpoint's kind and status, and when it happened.</summary>
public sealed record ActivityMoment(int Kind, int Status, DateTime OccurredOn);

/// <summary>
/// One touchpoint per customer-facing moment: which moment an activity event is, if any (decided with the lead for
/// issue 17; one row per (source record, moment, contact), the row id made from that key by <see cref="TouchpointRows"/>).
/// <list type="bullet">
/// <item>Email and letter, inbound: the customer's message, received when the record is created (whatever its state):
///   kind Created. Marking it completed or cancelled later changes nothing the customer lived: no write.</item>
/// <item>Email and letter, outbound: our message, when it is sent (reaches Completed: status Sent): kind Completed.
///   A draft is no moment (no row); a draft thrown away (cancelled) never reached anyone (no row).</item>
/// <item>Phone call: ONE row for the call, kind Created when the customer called (inbound: like a received message),
///   Completed when we called (outbound: like a sent one). Logged open, it is Planned (on the timeline, counted nowhere);
///   completed, the same row becomes Happened at the call's end (actualend, else the completion time); cancelled, the
///   same row becomes Cancelled. A call logged already completed is one Happened row.</item>
/// <item>Appointment: booked (its creation, kind Created) and held (completed, kind Completed, at its actual or
///   scheduled end) are two moments at two instants. Cancelled, the booking's row becomes Cancelled instead of a row
///   being added. An appointment logged already held is the held moment only.</item>
/// <item>Internal work is off the journey: tasks are not captured at all, and an activity the follow-up engine created
///   (cx_followuprule set) is not captured while it is still internal (open or cancelled): a follow-up call becomes a
///   touchpoint when it is made.</item>
/// </list>
/// Out of order: capture runs synchronously in the operation that changes the activity, so the events of one
/// activity reach it in the activity's own order; a re-delivered event writes the same row with the same values.
/// </summary>
public static class ActivityMoments
{
    /// <param name="activity">The activity after the operation.</param>
    /// <param name="direction">Choices.Direction of the activity.</param>
    /// <param name="activityEvent">Choices.TouchpointKind Created (the record created), Completed or Cancelled (its state changed).</param>
    /// <param name="operationTime">When the operation ran: the fallback when the record carries no time of its own.</param>
    /// <returns>The moment, or null when the event is no customer-facing moment.</returns>
    public static ActivityMoment? Of(ActivitySnapshot activity, int direction, int activityEvent, DateTime operationTime)
    {
        if (activity == null) throw new ArgumentNullException(nameof(activity));
        var created = activity.CreatedOn ?? operationTime;
        var ended = activity.ActualEnd ?? (activity.Table == Tables.Appointment ? activity.ScheduledEnd : null) ?? activity.ModifiedOn ?? operationTime;
        // A Create carries the record's state: an activity can be logged already completed (or cancelled).
        var state = activityEvent == Choices.TouchpointKind.Created ? activity.State ?? StandardChoices.ActivityState.Open
            : activityEvent == Choices.TouchpointKind.Completed ? StandardChoices.ActivityState.Completed
            : StandardChoices.ActivityState.Canceled;
        var creation = activityEvent == Choices.TouchpointKind.Created;
        const int happened = Choices.TouchpointStatus.Happened;

        switch (activity.Table)
        {
            case Tables.Email:
            case Tables.Letter:
                if (direction == Choices.Direction.Inbound)
                    return creation ? new ActivityMoment(Choices.TouchpointKind.Created, happened, created) : null;
                return state == StandardChoices.ActivityState.Completed ? new ActivityMoment(Choices.TouchpointKind.Completed, happened, ended) : null;

            case Tables.PhoneCall:
                var callKind = direction == Choices.Direction.Inbound ? Choices.TouchpointKind.Created : Choices.TouchpointKind.Completed;
                if (state == StandardChoices.ActivityState.Completed) return new ActivityMoment(callKind, happened, ended);
                if (activity.IsFollowUp || (creation && state == StandardChoices.ActivityState.Canceled)) return null;
                return state == StandardChoices.ActivityState.Canceled
                    ? new ActivityMoment(callKind, Choices.TouchpointStatus.Cancelled, created)
                    : new ActivityMoment(callKind, Choices.TouchpointStatus.Planned, created);

            case Tables.Appointment:
                if (state == StandardChoices.ActivityState.Completed) return new ActivityMoment(Choices.TouchpointKind.Completed, happened, ended);
                if (state == StandardChoices.ActivityState.Canceled)
                    return creation ? null : new ActivityMoment(Choices.TouchpointKind.Created, Choices.TouchpointStatus.Cancelled, created);
                return new ActivityMoment(Choices.TouchpointKind.Created, happened, created);

            default:
                return null;
        }
    }
}

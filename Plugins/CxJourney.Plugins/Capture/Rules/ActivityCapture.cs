using System;
using System.Collections.Generic;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// The touchpoint an activity event makes (the moment: <see cref="ActivityMoments"/>) and whose journey it goes to,
/// resolved the way an agent would read the activity:
/// <list type="bullet">
/// <item>email and letter: incoming, the sender is the customer (from); outgoing, every contact recipient
///   (to, cc, bcc) was contacted;</item>
/// <item>phone call: incoming, the caller (from); outgoing, who was called (to);</item>
/// <item>appointment: the required attendees;</item>
/// <item>when the parties name no contact: the regarding contact, else the regarding case's customer
///   (a read, done by the plug-in for the whole batch).</item>
/// </list>
/// Direction: email, letter and phone call from directioncode (missing means outgoing, the column's
/// default); an appointment is a meeting we hold with the customer (outbound). A task is internal work and
/// not captured (its table has no channel here and no capture step).
/// https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity
/// </summary>
public static class ActivityCapture
{
    /// <summary>The channel of an activity table, or null for a table capture does not record.</summary>
    public static int? ChannelOf(string table)
    {
        switch (table)
        {
            case Tables.Email: return Choices.Channel.Email;
            case Tables.PhoneCall: return Choices.Channel.Phone;
            case Tables.Appointment: return Choices.Channel.Appointment;
            case Tables.Letter: return Choices.Channel.Letter;
            default: return null;
        }
    }

    /// <param name="activity">The activity after the operation.</param>
    /// <param name="activityEvent">Choices.TouchpointKind Created, Completed or Cancelled: what happened to the activity record.</param>
    /// <param name="operationTime">When the operation ran: the fallback when the record carries no time of its own.</param>
    /// <returns>The plan, or null when the event is no customer-facing moment (<see cref="ActivityMoments"/>) or the
    /// table is not one capture records (tasks: internal work is off the journey).</returns>
    public static CapturePlan? Plan(ActivitySnapshot activity, int activityEvent, DateTime operationTime)
    {
        if (activity == null) throw new ArgumentNullException(nameof(activity));
        var channel = ChannelOf(activity.Table);
        if (channel is null) return null;

        var direction = DirectionOf(activity);
        var moment = ActivityMoments.Of(activity, direction, activityEvent, operationTime);
        if (moment is null) return null;

        var caseId = activity.Regarding is not null && activity.Regarding.Is(Tables.Incident) ? activity.Regarding.Id : (Guid?)null;
        var draft = new TouchpointDraft(activity.Table, activity.Id, SourceKeys.ForRecord(activity.Id), channel.Value, direction, moment.Kind,
            moment.OccurredOn, TouchpointText.Name(channel.Value, direction, moment.Kind, activity.Subject, moment.Status))
        {
            Status = moment.Status,
            SubjectSummary = TouchpointText.Summary(activity.Subject),
            Sentiment = TouchpointText.Sentiment(activity.Subject, activity.Body),
            ThreadKey = caseId.HasValue ? ThreadKeys.ForCase(caseId.Value) : null,
            CaseId = caseId,
            AgentId = AgentOf(activity, direction),
        };
        return new CapturePlan(draft, ContactsOf(activity, direction));
    }

    private static int DirectionOf(ActivitySnapshot activity)
    {
        switch (activity.Table)
        {
            case Tables.Appointment: return Choices.Direction.Outbound;
            default: return activity.Outgoing == false ? Choices.Direction.Inbound : Choices.Direction.Outbound;
        }
    }

    private static ContactLookup ContactsOf(ActivitySnapshot a, int direction)
    {
        var notes = new List<string>();
        IReadOnlyList<Party>[] lists;
        string source;
        var inbound = direction == Choices.Direction.Inbound;
        switch (a.Table)
        {
            case Tables.Email:
                lists = inbound ? new[] { a.From } : new[] { a.To, a.Cc, a.Bcc };
                source = inbound ? "sender (from)" : "recipients (to, cc, bcc)";
                break;
            case Tables.Letter:
                lists = inbound ? new[] { a.From } : new[] { a.To, a.Bcc };
                source = inbound ? "sender (from)" : "recipients (to, bcc)";
                break;
            case Tables.PhoneCall:
                lists = inbound ? new[] { a.From } : new[] { a.To };
                source = inbound ? "caller (from)" : "person called (to)";
                break;
            case Tables.Appointment:
                lists = new[] { a.RequiredAttendees };
                source = "required attendees";
                break;
            default:
                lists = Array.Empty<IReadOnlyList<Party>>();
                source = "parties";
                break;
        }

        var contacts = PartyContacts.From(lists, notes);
        if (contacts.Count > 0) return ContactLookup.Found(contacts, source, notes);
        if (lists.Length > 0) notes.Add($"no contact among the {source}");

        var regarding = a.Regarding;
        if (regarding is null)
        {
            notes.Add("regarding nothing");
            return ContactLookup.Nobody(notes);
        }
        if (regarding.Is(Tables.Contact)) return ContactLookup.Found(new[] { regarding.Id }, "regarding contact", notes);
        if (regarding.Is(Tables.Incident)) return ContactLookup.ViaCase(regarding.Id, notes);
        notes.Add($"regarding {regarding}, which is neither a contact nor a case");
        return ContactLookup.Nobody(notes);
    }

    private static Guid? AgentOf(ActivitySnapshot a, int direction)
    {
        if (direction == Choices.Direction.Outbound)
        {
            foreach (var sender in a.From)
            {
                if (sender.Row is not null && sender.Row.Is(Tables.SystemUser)) return sender.Row.Id;
            }
        }
        return a.Owner is not null && a.Owner.Is(Tables.SystemUser) ? a.Owner.Id : (Guid?)null;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.ServiceModel;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Identity;
using CxJourney.Plugins.Domain.Text;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// Creates the planned activities: a task, an outgoing phone call, or an email left in draft (never sent).
/// Each carries its rule (cx_followuprule) and key (cx_followupkey) and an id derived from the key and the
/// event, so a second delivery of the same event that slips past the open-follow-up check collides with the
/// first activity (a duplicate-record fault, taken as "already created") instead of making another.
/// </summary>
public static class FollowUpWriter
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (DuplicateRecord)
    public const int DuplicateRecord = unchecked((int)0x80040237);

    // The namespace of CxJourney's follow-up activity ids; changing it would re-key every follow-up.
    private static readonly Guid IdNamespace = new("6f0c3e2a-3b5d-4c71-9a0e-1d2f7c8b9a41");

    public static string TableOf(ActivityKind kind) => kind switch
    {
        ActivityKind.PhoneCall => Tables.PhoneCall,
        ActivityKind.EmailDraft => Tables.Email,
        _ => Tables.Task,
    };

    /// <summary>The activity id: one per key, activity kind and event.</summary>
    public static Guid IdOf(string key, ActivityKind kind, string eventStamp) =>
        NameBasedGuid.Create(IdNamespace, key + "|" + kind + "|" + eventStamp);

    public static Entity Build(PlannedActivity planned, Guid id, string key, CaseContact? contact)
    {
        var row = new Entity(TableOf(planned.Kind), id)
        {
            // The follow-up is read by its owner and the CX team, not only by those who may read the case.
            [ActivityColumns.Subject] = Masked(planned.Subject, PlannedActivity.SubjectMaxLength),
            [ActivityColumns.Description] = Masked(planned.Description, PlannedActivity.DescriptionMaxLength),
            [ActivityColumns.RegardingObjectId] = new EntityReference(planned.Regarding.LogicalName, planned.Regarding.Id),
            [ActivityColumns.OwnerId] = new EntityReference(planned.Owner.LogicalName, planned.Owner.Id),
            [ActivityColumns.ScheduledEnd] = planned.DueUtc,
            [ActivityColumns.PriorityCode] = new OptionSetValue((int)planned.Priority),
            [FollowUpColumns.Key] = key,
        };
        if (FollowUpRuleOptions.FromRuleId(planned.RuleId) is int rule)
            row[FollowUpColumns.Rule] = new OptionSetValue(rule);

        if (planned.Kind == ActivityKind.PhoneCall || planned.Kind == ActivityKind.EmailDraft)
        {
            row[PhoneCallColumns.DirectionCode] = StandardChoices.DirectionCode.Outgoing;
            if (planned.Recipient != null)
                row[PhoneCallColumns.To] = Parties(planned.Recipient);
        }
        if (planned.Kind == ActivityKind.PhoneCall && !string.IsNullOrEmpty(contact?.Phone))
            row[PhoneCallColumns.PhoneNumber] = contact!.Phone;
        if (planned.Kind == ActivityKind.EmailDraft && planned.Owner.LogicalName == Tables.SystemUser)
            row[EmailColumns.From] = Parties(planned.Owner);
        return row;
    }

    /// <summary>
    /// What happened to each planned activity, one line each, for the status column. With a contact and a throttle,
    /// each counted activity first claims a slot of the contact's throttle window (<see cref="ThrottleSlots"/>): its id
    /// is the slot's id, so a parallel job that planned against the same count collides instead of adding one more.
    /// </summary>
    public static IReadOnlyList<string> Create(IOrganizationService service, IEnumerable<PlannedActivity> activities, Guid? contactId,
        CaseContact? contact, string eventStamp, Action<string> trace, ThrottleSettings? throttle = null, DateTime? nowUtc = null, int slotsUsed = 0)
    {
        var lines = new List<string>();
        var unclaimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var planned in activities)
        {
            var key = FollowUpKey.For(contactId, new EntityReference(planned.Regarding.LogicalName, planned.Regarding.Id), planned.RuleId);
            var what = $"{planned.RuleId}: {Describe(planned.Kind)} for {planned.Owner} ({planned.OwnerSource}) due {planned.DueUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
            if (unclaimed.Contains(planned.RuleId))
            {
                lines.Add($"Not created (its follow-up found no throttle slot): {what}.");
                continue;
            }
            var created = contactId.HasValue && throttle != null && nowUtc.HasValue && ThrottleSlots.Counts(planned.Kind)
                ? Claim(service, planned, key, contact, contactId.Value, throttle, nowUtc.Value, slotsUsed++, what, lines, trace)
                : CreateOnce(service, planned, IdOf(key, planned.Kind, eventStamp), key, contact, what, lines, trace);
            if (created == null)
            {
                unclaimed.Add(planned.RuleId);
                continue;
            }
            if (created.Value != Guid.Empty && planned.Queue != null)
                lines.Add(AddToQueue(service, TableOf(planned.Kind), created.Value, planned.Queue, trace));
        }
        return lines;
    }

    /// <summary>Creates with the event-derived id; Guid.Empty when an earlier delivery already did.</summary>
    private static Guid? CreateOnce(IOrganizationService service, PlannedActivity planned, Guid id, string key, CaseContact? contact,
        string what, List<string> lines, Action<string> trace)
    {
        try
        {
            service.Create(Build(planned, id, key, contact));
            lines.Add("Created " + what + ".");
            trace($"Created {TableOf(planned.Kind)} {id:D} ({what}).");
            return id;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == DuplicateRecord)
        {
            lines.Add($"Already created by an earlier delivery of this event: {what}.");
            trace($"{TableOf(planned.Kind)} {id:D} already exists: an earlier delivery of this event created it.");
            return Guid.Empty;
        }
    }

    /// <summary>
    /// Takes the first free slot of the contact's window: the new id on success, Guid.Empty when a slot already holds
    /// this follow-up (same key: an earlier or parallel delivery of the event), null when every slot is taken.
    /// </summary>
    private static Guid? Claim(IOrganizationService service, PlannedActivity planned, string key, CaseContact? contact, Guid contactId,
        ThrottleSettings throttle, DateTime nowUtc, int firstSlot, string what, List<string> lines, Action<string> trace)
    {
        var window = ThrottleSlots.WindowOf(nowUtc, throttle);
        for (var slot = Math.Min(firstSlot, throttle.MaxFollowUps); slot < throttle.MaxFollowUps; slot++)
        {
            var id = ThrottleSlots.IdOf(contactId, window, slot);
            try
            {
                service.Create(Build(planned, id, key, contact));
                lines.Add("Created " + what + ".");
                trace($"Created {TableOf(planned.Kind)} {id:D} in throttle slot {slot + 1} of {throttle.MaxFollowUps} ({what}).");
                return id;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == DuplicateRecord)
            {
                if (HoldsThisFollowUp(service, id, key, planned.DueUtc))
                {
                    lines.Add($"Already created by an earlier delivery of this event: {what}.");
                    trace($"Throttle slot {slot + 1} already holds this follow-up ({id:D}).");
                    return Guid.Empty;
                }
                trace($"Throttle slot {slot + 1} of {throttle.MaxFollowUps} is taken by another follow-up of the contact.");
            }
        }
        var message = $"Throttled: the contact's {throttle.MaxFollowUps} follow-up slot(s) of this {throttle.PerDays}-day window were taken by other follow-ups made at the same time; not created: {what}.";
        lines.Add(message);
        trace(message);
        return null;
    }

    /// <summary>
    /// Whether the follow-up in a slot is this one: the same key (contact, case, rule) and either still open (one open
    /// follow-up per rule and case) or due at the same moment (the same event delivered again; a later event of the
    /// same rule, after the first follow-up was done, is due later and takes a slot of its own).
    /// </summary>
    private static bool HoldsThisFollowUp(IOrganizationService service, Guid id, string key, DateTime dueUtc)
    {
        foreach (var table in new[] { Tables.Task, Tables.PhoneCall })
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(FollowUpColumns.Key, ActivityColumns.StateCode, ActivityColumns.ScheduledEnd), TopCount = 1 };
            query.Criteria.AddCondition(ActivityColumns.Id, ConditionOperator.Equal, id);
            var rows = service.RetrieveMultiple(query).Entities;
            if (rows.Count == 0) continue;
            var holder = rows[0];
            if (!string.Equals(holder.GetAttributeValue<string>(FollowUpColumns.Key), key, StringComparison.Ordinal)) return false;
            var open = (holder.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode)?.Value ?? StandardChoices.ActivityState.Open) == StandardChoices.ActivityState.Open;
            var due = holder.GetAttributeValue<DateTime?>(ActivityColumns.ScheduledEnd);
            return open || (due.HasValue && DateTime.SpecifyKind(due.Value, DateTimeKind.Utc) == DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc));
        }
        return false;
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.addtoqueuerequest
    private static string AddToQueue(IOrganizationService service, string table, Guid id, RecordRef queue, Action<string> trace)
    {
        var request = new OrganizationRequest("AddToQueue")
        {
            ["Target"] = new EntityReference(table, id),
            ["DestinationQueueId"] = queue.Id,
        };
        try
        {
            service.Execute(request);
            trace($"Added {table} {id:D} to queue {queue.Id:D}.");
            return $"Added it to the CX team queue {queue}.";
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            // The activity exists and has an owner; failing to queue it must not undo it or block the others.
            var message = fault.Detail?.Message ?? fault.Message;
            trace($"Could not add {table} {id:D} to queue {queue.Id:D}: {message}");
            return $"Could not add it to the CX team queue {queue}: {message}";
        }
    }

    // A mask can be a character or two longer than what it hides: the column's length still holds.
    private static string Masked(string text, int maxLength)
    {
        var masked = PiiMasker.Mask(text);
        return masked.Length <= maxLength ? masked : masked.Substring(0, maxLength - 1) + "…";
    }

    private static EntityCollection Parties(RecordRef party)
    {
        var row = new Entity(Tables.ActivityParty) { [ActivityPartyColumns.PartyId] = new EntityReference(party.LogicalName, party.Id) };
        return new EntityCollection(new List<Entity> { row }) { EntityName = Tables.ActivityParty };
    }

    private static string Describe(ActivityKind kind) => kind switch
    {
        ActivityKind.PhoneCall => "phone call",
        ActivityKind.EmailDraft => "draft email",
        _ => "task",
    };
}

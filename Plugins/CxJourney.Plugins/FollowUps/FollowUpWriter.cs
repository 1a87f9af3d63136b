using System;
using System.Collections.Generic;
using System.Globalization;
using System.ServiceModel;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Identity;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

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
            [ActivityColumns.Subject] = planned.Subject,
            [ActivityColumns.Description] = planned.Description,
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

    /// <summary>What happened to each planned activity, one line each, for the status column.</summary>
    public static IReadOnlyList<string> Create(IOrganizationService service, IEnumerable<PlannedActivity> activities, Guid? contactId,
        CaseContact? contact, string eventStamp, Action<string> trace)
    {
        var lines = new List<string>();
        foreach (var planned in activities)
        {
            var key = FollowUpKey.For(contactId, new EntityReference(planned.Regarding.LogicalName, planned.Regarding.Id), planned.RuleId);
            var id = IdOf(key, planned.Kind, eventStamp);
            var what = $"{planned.RuleId}: {Describe(planned.Kind)} for {planned.Owner} ({planned.OwnerSource}) due {planned.DueUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
            try
            {
                service.Create(Build(planned, id, key, contact));
                lines.Add("Created " + what + ".");
                trace($"Created {TableOf(planned.Kind)} {id:D} ({what}).");
            }
            catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == DuplicateRecord)
            {
                lines.Add($"Already created by an earlier delivery of this event: {what}.");
                trace($"{TableOf(planned.Kind)} {id:D} already exists: an earlier delivery of this event created it.");
                continue;
            }
            if (planned.Queue != null)
                lines.Add(AddToQueue(service, TableOf(planned.Kind), id, planned.Queue, trace));
        }
        return lines;
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

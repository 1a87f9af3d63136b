using System;
using System.Collections.Generic;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Capture;

/// <summary>Translates a record (Target and images merged) into the SDK-free snapshots the capture rules read.</summary>
internal static class Snapshots
{
    public static ActivitySnapshot Activity(Entity e) => new(e.LogicalName, e.Id)
    {
        Subject = e.GetAttributeValue<string>(ActivityColumns.Subject),
        Body = e.GetAttributeValue<string>(ActivityColumns.Description),
        Outgoing = e.Contains(EmailColumns.DirectionCode) ? e.GetAttributeValue<bool?>(EmailColumns.DirectionCode) : null,
        From = Parties(e, EmailColumns.From),
        To = Parties(e, EmailColumns.To),
        Cc = Parties(e, EmailColumns.Cc),
        Bcc = Parties(e, EmailColumns.Bcc),
        RequiredAttendees = Parties(e, AppointmentColumns.RequiredAttendees),
        Regarding = Ref(e.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId)),
        Owner = Ref(e.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId)),
        CreatedOn = Utc(e, ActivityColumns.CreatedOn),
        ModifiedOn = Utc(e, ActivityColumns.ModifiedOn),
        ActualEnd = Utc(e, ActivityColumns.ActualEnd),
        ScheduledEnd = Utc(e, ActivityColumns.ScheduledEnd),
        State = e.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode)?.Value,
        IsFollowUp = e.GetAttributeValue<OptionSetValue>(FollowUpColumns.Rule) is not null,
    };

    public static CaseSnapshot Case(Entity e) => new(e.Id)
    {
        Title = e.GetAttributeValue<string>(IncidentColumns.Title),
        Description = e.GetAttributeValue<string>(IncidentColumns.Description),
        Customer = Ref(e.GetAttributeValue<EntityReference>(IncidentColumns.CustomerId)),
        PrimaryContact = Ref(e.GetAttributeValue<EntityReference>(IncidentColumns.PrimaryContactId)),
        Owner = Ref(e.GetAttributeValue<EntityReference>(IncidentColumns.OwnerId)),
        CreatedOn = Utc(e, IncidentColumns.CreatedOn),
        ModifiedOn = Utc(e, IncidentColumns.ModifiedOn),
    };

    public static FeedbackSnapshot Feedback(Entity e) => new(e.Id)
    {
        Name = e.GetAttributeValue<string>(FeedbackColumns.Name),
        Contact = e.GetAttributeValue<EntityReference>(FeedbackColumns.Contact)?.Id,
        Case = e.GetAttributeValue<EntityReference>(FeedbackColumns.Case)?.Id,
        Channel = e.GetAttributeValue<OptionSetValue>(FeedbackColumns.Channel)?.Value,
        Nps = e.GetAttributeValue<int?>(FeedbackColumns.Nps),
        Csat = e.GetAttributeValue<int?>(FeedbackColumns.Csat),
        Comment = e.GetAttributeValue<string>(FeedbackColumns.Comment),
        AnsweredOn = Utc(e, FeedbackColumns.AnsweredOn),
        CreatedOn = Utc(e, FeedbackColumns.CreatedOn),
    };

    /// <summary>An order, invoice or opportunity (their customer, owner and date columns share names).</summary>
    public static CommerceSnapshot Commerce(Entity e) => new(e.LogicalName, e.Id)
    {
        Name = e.GetAttributeValue<string>(SalesOrderColumns.Name),
        Customer = Ref(e.GetAttributeValue<EntityReference>(SalesOrderColumns.CustomerId)),
        Contact = e.LogicalName == Tables.Opportunity ? Ref(e.GetAttributeValue<EntityReference>(OpportunityColumns.ParentContactId)) : null,
        Owner = Ref(e.GetAttributeValue<EntityReference>(SalesOrderColumns.OwnerId)),
        CreatedOn = Utc(e, SalesOrderColumns.CreatedOn),
        ModifiedOn = Utc(e, OpportunityColumns.ModifiedOn),
    };

    public static RowRef? Ref(EntityReference? reference) =>
        reference is null || string.IsNullOrEmpty(reference.LogicalName) || reference.Id == Guid.Empty ? null : new RowRef(reference.LogicalName, reference.Id);

    /// <summary>A party list column: activityparty rows whose partyid points at the party.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity
    private static IReadOnlyList<Party> Parties(Entity e, string column)
    {
        if (!e.Contains(column) || e[column] is not EntityCollection collection) return Array.Empty<Party>();
        var parties = new List<Party>(collection.Entities.Count);
        foreach (var party in collection.Entities)
        {
            parties.Add(new Party(
                Ref(party.GetAttributeValue<EntityReference>(ActivityPartyColumns.PartyId)),
                party.GetAttributeValue<bool?>(ActivityPartyColumns.IsPartyDeleted) ?? false,
                party.GetAttributeValue<string>(ActivityPartyColumns.AddressUsed)));
        }
        return parties;
    }

    private static DateTime? Utc(Entity e, string column)
    {
        if (!e.Contains(column) || e[column] is not DateTime value) return null;
        return value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }
}

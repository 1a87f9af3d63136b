using System;
using System.Collections.Generic;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// Reads a <see cref="CaseRecord"/> with ONE RetrieveMultiple: the incident, outer-joined to its owning user
/// (and that user's manager), to its customer contact and primary contact (each with its owning user), and to
/// its cx_feedback rows and its cx_casescore row, and from each contact to its cx_journey (one per contact: its health
/// ledger and row version) and on to the settings copy the journey links to (the job's environment variables). Every
/// join but feedback is many-to-one, so the query returns one row per feedback answer (one row without any), however
/// long the case's history. Twelve link-entities of the fifteen a query may have.
/// </summary>
public static class CaseQuery
{
    private const string Owner = "own";
    private const string Manager = "mgr";
    private const string CustomerContact = "cc";
    private const string PrimaryContact = "pc";
    private const string CustomerJourney = "ccj";
    private const string PrimaryJourney = "pcj";
    private const string OwnerSuffix = "own";
    private const string Feedback = "fb";
    private const string Score = "cs";

    private static readonly string[] ContactRead =
    {
        ContactColumns.StateCode, ContactColumns.DoNotPhone, ContactColumns.DoNotEMail, ContactColumns.FullName,
        ContactColumns.OwnerId, ContactColumns.Telephone1, ContactColumns.MobilePhone, ContactColumns.Segment,
    };

    /// <summary>The case, or null when it no longer exists (an asynchronous job can outlive its case).</summary>
    public static CaseRecord? Read(IOrganizationService service, Guid caseId)
    {
        var rows = service.RetrieveMultiple(Build(caseId)).Entities;
        return rows.Count == 0 ? null : Parse(caseId, rows);
    }

    public static QueryExpression Build(Guid caseId)
    {
        var query = new QueryExpression(Tables.Incident)
        {
            ColumnSet = new ColumnSet(
                IncidentColumns.Title, IncidentColumns.TicketNumber, IncidentColumns.OwnerId, IncidentColumns.CustomerId,
                IncidentColumns.PrimaryContactId, IncidentColumns.CreatedOn, IncidentColumns.ModifiedOn, IncidentColumns.ResolveBy,
                IncidentColumns.StateCode, IncidentColumns.CaseOriginCode),
            NoLock = true,
        };
        query.Criteria.AddCondition(IncidentColumns.Id, ConditionOperator.Equal, caseId);

        var owner = query.AddLink(Tables.SystemUser, "owninguser", SystemUserColumns.Id, JoinOperator.LeftOuter);
        owner.EntityAlias = Owner;
        owner.Columns = new ColumnSet(SystemUserColumns.IsDisabled, SystemUserColumns.ParentSystemUserId);
        var manager = owner.AddLink(Tables.SystemUser, SystemUserColumns.ParentSystemUserId, SystemUserColumns.Id, JoinOperator.LeftOuter);
        manager.EntityAlias = Manager;
        manager.Columns = new ColumnSet(SystemUserColumns.IsDisabled);

        AddContact(query, IncidentColumns.CustomerId, CustomerContact, CustomerJourney);
        AddContact(query, IncidentColumns.PrimaryContactId, PrimaryContact, PrimaryJourney);

        // The score row (one per case, by its key): tells a resolution already scored from a new one, at no extra call.
        var score = query.AddLink(Tables.CaseScore, IncidentColumns.Id, CaseScoreColumns.Case, JoinOperator.LeftOuter);
        score.EntityAlias = Score;
        score.Columns = new ColumnSet(CaseScoreColumns.Id, CaseScoreColumns.ResolvedOn, CaseScoreColumns.FollowUpStatus,
            CaseScoreColumns.CompositeScore, CaseScoreColumns.ScoredOn, CaseScoreColumns.Contact);

        var feedback = query.AddLink(Tables.Feedback, IncidentColumns.Id, FeedbackColumns.Case, JoinOperator.LeftOuter);
        feedback.EntityAlias = Feedback;
        feedback.Columns = new ColumnSet(FeedbackColumns.Id, FeedbackColumns.Csat, FeedbackColumns.Ces, FeedbackColumns.Nps,
            FeedbackColumns.AnsweredOn, FeedbackColumns.CreatedOn, FeedbackColumns.Contact);
        return query;
    }

    private static void AddContact(QueryExpression query, string fromColumn, string alias, string journeyAlias)
    {
        var contact = query.AddLink(Tables.Contact, fromColumn, ContactColumns.Id, JoinOperator.LeftOuter);
        contact.EntityAlias = alias;
        contact.Columns = new ColumnSet(ContactRead);
        var owner = contact.AddLink(Tables.SystemUser, "owninguser", SystemUserColumns.Id, JoinOperator.LeftOuter);
        owner.EntityAlias = alias + OwnerSuffix;
        owner.Columns = new ColumnSet(SystemUserColumns.IsDisabled);
        // The contact's journey (cx_journey_contact key: at most one), for the health the case job writes to it.
        var journey = contact.AddLink(Tables.Journey, ContactColumns.Id, JourneyColumns.Contact, JoinOperator.LeftOuter);
        journey.EntityAlias = journeyAlias;
        journey.Columns = HealthJourney.Columns();
        // The settings copy the journey links to: the job's environment variables at no extra call (Settings/SettingsCopy).
        HealthJourney.LinkSettings(journey, journeyAlias);
    }

    private static CaseRecord Parse(Guid caseId, IList<Entity> rows)
    {
        var first = rows[0];
        var customer = first.GetAttributeValue<EntityReference>(IncidentColumns.CustomerId);
        var primary = first.GetAttributeValue<EntityReference>(IncidentColumns.PrimaryContactId);
        CaseContact? contact = null;
        HealthJourney? journey = null;
        if (customer?.LogicalName == Tables.Contact)
        {
            contact = ReadContact(first, customer, CustomerContact);
            journey = HealthJourney.Aliased(first, CustomerJourney);
        }
        else if (primary != null)
        {
            contact = ReadContact(first, primary, PrimaryContact);
            journey = HealthJourney.Aliased(first, PrimaryJourney);
        }

        var managerRef = Aliased<EntityReference>(first, Owner, SystemUserColumns.ParentSystemUserId);
        var managerDisabled = Aliased<bool?>(first, Manager, SystemUserColumns.IsDisabled) ?? false;

        var feedback = new List<FeedbackRow>();
        var seen = new HashSet<Guid>();
        foreach (var row in rows)
        {
            var id = Aliased<Guid?>(row, Feedback, FeedbackColumns.Id);
            if (id == null || !seen.Add(id.Value))
                continue;
            var answeredOn = Aliased<DateTime?>(row, Feedback, FeedbackColumns.AnsweredOn)
                ?? Aliased<DateTime?>(row, Feedback, FeedbackColumns.CreatedOn)
                ?? DateTime.MinValue;
            feedback.Add(FeedbackRow.Read(id.Value,
                Aliased<int?>(row, Feedback, FeedbackColumns.Csat),
                Aliased<int?>(row, Feedback, FeedbackColumns.Ces),
                Aliased<int?>(row, Feedback, FeedbackColumns.Nps),
                Utc(answeredOn), caseId) with { ContactId = Aliased<EntityReference>(row, Feedback, FeedbackColumns.Contact)?.Id });
        }

        return new CaseRecord(caseId)
        {
            Title = first.GetAttributeValue<string>(IncidentColumns.Title),
            TicketNumber = first.GetAttributeValue<string>(IncidentColumns.TicketNumber),
            Owner = first.GetAttributeValue<EntityReference>(IncidentColumns.OwnerId),
            OwnerDisabled = Aliased<bool?>(first, Owner, SystemUserColumns.IsDisabled) ?? false,
            OwnerManager = managerRef != null && !managerDisabled ? new EntityReference(Tables.SystemUser, managerRef.Id) : null,
            Customer = customer,
            Contact = contact,
            CreatedOn = Utc(first.GetAttributeValue<DateTime?>(IncidentColumns.CreatedOn) ?? DateTime.MinValue),
            ModifiedOn = UtcOrNull(first.GetAttributeValue<DateTime?>(IncidentColumns.ModifiedOn)),
            ResolveBy = UtcOrNull(first.GetAttributeValue<DateTime?>(IncidentColumns.ResolveBy)),
            State = first.GetAttributeValue<OptionSetValue>(IncidentColumns.StateCode)?.Value ?? StandardChoices.IncidentState.Active,
            Origin = first.GetAttributeValue<OptionSetValue>(IncidentColumns.CaseOriginCode)?.Value,
            Feedback = feedback,
            ScoredResolvedOn = UtcOrNull(Aliased<DateTime?>(first, Score, CaseScoreColumns.ResolvedOn)),
            FollowUpStatus = Aliased<string>(first, Score, CaseScoreColumns.FollowUpStatus),
            HasScoreRow = Aliased<Guid?>(first, Score, CaseScoreColumns.Id).HasValue,
            ScoredComposite = Aliased<int?>(first, Score, CaseScoreColumns.CompositeScore),
            ScoredOn = UtcOrNull(Aliased<DateTime?>(first, Score, CaseScoreColumns.ScoredOn)),
            ScoredContactId = Aliased<EntityReference>(first, Score, CaseScoreColumns.Contact)?.Id,
            Journey = journey,
        };
    }

    private static CaseContact ReadContact(Entity row, EntityReference reference, string alias)
    {
        // An outer join that found no row (the contact was deleted) leaves every column empty: treat it as inactive.
        var found = row.Contains(alias + "." + ContactColumns.StateCode);
        return new CaseContact(new EntityReference(Tables.Contact, reference.Id))
        {
            IsActive = found && (Aliased<OptionSetValue>(row, alias, ContactColumns.StateCode)?.Value ?? 0) == 0,
            DoNotPhone = Aliased<bool?>(row, alias, ContactColumns.DoNotPhone) ?? false,
            DoNotEmail = Aliased<bool?>(row, alias, ContactColumns.DoNotEMail) ?? false,
            FullName = Aliased<string>(row, alias, ContactColumns.FullName) ?? reference.Name,
            Owner = Aliased<EntityReference>(row, alias, ContactColumns.OwnerId),
            OwnerDisabled = Aliased<bool?>(row, alias + OwnerSuffix, SystemUserColumns.IsDisabled) ?? false,
            Phone = Aliased<string>(row, alias, ContactColumns.Telephone1) ?? Aliased<string>(row, alias, ContactColumns.MobilePhone),
            Segment = Aliased<OptionSetValue>(row, alias, ContactColumns.Segment),
        };
    }

    /// <summary>A contact on its own (feedback not about a case), with its owner's account: one Retrieve-like query.</summary>
    public static CaseContact? ReadContact(IOrganizationService service, Guid contactId)
    {
        var query = new QueryExpression(Tables.Contact) { ColumnSet = new ColumnSet(ContactRead), NoLock = true };
        query.Criteria.AddCondition(ContactColumns.Id, ConditionOperator.Equal, contactId);
        var owner = query.AddLink(Tables.SystemUser, "owninguser", SystemUserColumns.Id, JoinOperator.LeftOuter);
        owner.EntityAlias = CustomerContact + OwnerSuffix;
        owner.Columns = new ColumnSet(SystemUserColumns.IsDisabled);
        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
            return null;
        var row = rows[0];
        return new CaseContact(new EntityReference(Tables.Contact, contactId))
        {
            IsActive = (row.GetAttributeValue<OptionSetValue>(ContactColumns.StateCode)?.Value ?? 0) == 0,
            DoNotPhone = row.GetAttributeValue<bool?>(ContactColumns.DoNotPhone) ?? false,
            DoNotEmail = row.GetAttributeValue<bool?>(ContactColumns.DoNotEMail) ?? false,
            FullName = row.GetAttributeValue<string>(ContactColumns.FullName),
            Owner = row.GetAttributeValue<EntityReference>(ContactColumns.OwnerId),
            OwnerDisabled = Aliased<bool?>(row, CustomerContact + OwnerSuffix, SystemUserColumns.IsDisabled) ?? false,
            Phone = row.GetAttributeValue<string>(ContactColumns.Telephone1) ?? row.GetAttributeValue<string>(ContactColumns.MobilePhone),
            Segment = row.GetAttributeValue<OptionSetValue>(ContactColumns.Segment),
        };
    }

    private static T? Aliased<T>(Entity row, string alias, string column)
    {
        var key = alias + "." + column;
        return row.Contains(key) && row[key] is AliasedValue { Value: T value } ? value : default;
    }

    internal static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    internal static DateTime? UtcOrNull(DateTime? value) => value.HasValue ? Utc(value.Value) : null;
}

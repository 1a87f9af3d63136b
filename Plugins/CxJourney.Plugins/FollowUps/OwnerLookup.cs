using System;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// Who can own a follow-up. A team can always take one; a user only while its account is enabled (a
/// disabled user's queue of tasks is read by nobody). The configured CX team and queue (cx_CxTeamQueue, by
/// name) are looked up only when a rule that fired needs them: one query each.
/// </summary>
public static class OwnerLookup
{
    public static RecordRef? Usable(EntityReference? owner, bool disabled) =>
        owner == null || owner.Id == Guid.Empty || (owner.LogicalName == Tables.SystemUser && disabled)
            ? null
            : new RecordRef(owner.LogicalName, owner.Id);

    public static OwnerFacts Facts(CaseRecord? record, CaseContact? contact) => new()
    {
        CaseOwner = record == null ? null : Usable(record.Owner, record.OwnerDisabled),
        CaseOwnerManager = record?.OwnerManager == null ? null : new RecordRef(Tables.SystemUser, record.OwnerManager.Id),
        ContactOwner = contact == null ? null : Usable(contact.Owner, contact.OwnerDisabled),
    };

    /// <summary>The active team with this name, or null.</summary>
    public static RecordRef? Team(IOrganizationService service, string name) =>
        ByName(service, Tables.Team, TeamColumns.Id, TeamColumns.Name, name, activeOnly: false);

    /// <summary>The active queue with this name, or null.</summary>
    public static RecordRef? Queue(IOrganizationService service, string name) =>
        ByName(service, Tables.Queue, QueueColumns.Id, QueueColumns.Name, name, activeOnly: true);

    private static RecordRef? ByName(IOrganizationService service, string table, string idColumn, string nameColumn, string name, bool activeOnly)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(idColumn), TopCount = 1, NoLock = true };
        query.Criteria.AddCondition(nameColumn, ConditionOperator.Equal, name);
        if (activeOnly)
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        var rows = service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : new RecordRef(table, rows[0].Id);
    }
}

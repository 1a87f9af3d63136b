using System;
using System.Collections.Generic;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// The follow-ups already made for a contact: the open ones regarding this event's record (never twice) and
/// every one of the last days (throttle, once per contact). One query per activity table that carries the
/// follow-up columns and counts (task and phone call; a draft email only accompanies its task, so it is
/// neither counted nor needed to find the task). The columns are the solution's own on those tables, so the
/// activitypointer view cannot be used.
/// </summary>
public sealed class ExistingFollowUps
{
    private static readonly string[] Counted = { Tables.Task, Tables.PhoneCall };

    private ExistingFollowUps(IReadOnlyCollection<string> openRules, IReadOnlyList<RecentFollowUp> recent)
    {
        OpenRules = openRules;
        Recent = recent;
    }

    /// <summary>Rule ids with an open follow-up regarding the record.</summary>
    public IReadOnlyCollection<string> OpenRules { get; }

    /// <summary>The contact's follow-ups created since the start of the history window, any state.</summary>
    public IReadOnlyList<RecentFollowUp> Recent { get; }

    public static ExistingFollowUps Read(IOrganizationService service, Guid? contactId, EntityReference regarding, DateTime sinceUtc)
    {
        var open = new HashSet<string>(StringComparer.Ordinal);
        var recent = new List<RecentFollowUp>();
        var regardingPrefix = FollowUpKey.RegardingPrefix(contactId, regarding);
        foreach (var table in Counted)
        {
            var kind = table == Tables.PhoneCall ? ActivityKind.PhoneCall : ActivityKind.Task;
            var query = new QueryExpression(table)
            {
                ColumnSet = new ColumnSet(FollowUpColumns.Key, FollowUpColumns.Rule, ActivityColumns.CreatedOn, ActivityColumns.StateCode),
                NoLock = true,
            };
            // Without a contact there is no throttle: only this record's open follow-ups matter.
            query.Criteria.AddCondition(FollowUpColumns.Key, ConditionOperator.BeginsWith, contactId.HasValue ? FollowUpKey.ContactPrefix(contactId) : regardingPrefix);
            var either = query.Criteria.AddFilter(LogicalOperator.Or);
            either.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, StandardChoices.ActivityState.Open);
            if (contactId.HasValue)
                either.AddCondition(ActivityColumns.CreatedOn, ConditionOperator.GreaterEqual, sinceUtc);

            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                var key = row.GetAttributeValue<string>(FollowUpColumns.Key);
                var ruleValue = row.GetAttributeValue<OptionSetValue>(FollowUpColumns.Rule)?.Value;
                var rule = (ruleValue.HasValue ? FollowUpRuleOptions.ToRuleId(ruleValue.Value) : null) ?? FollowUpKey.RuleOf(key);
                if (rule == null)
                    continue;
                var state = row.GetAttributeValue<OptionSetValue>(ActivityColumns.StateCode)?.Value ?? StandardChoices.ActivityState.Open;
                if (state == StandardChoices.ActivityState.Open && key != null && key.StartsWith(regardingPrefix, StringComparison.Ordinal))
                    open.Add(rule);
                var created = row.GetAttributeValue<DateTime?>(ActivityColumns.CreatedOn);
                if (created.HasValue && DateTime.SpecifyKind(created.Value, DateTimeKind.Utc) >= sinceUtc)
                    recent.Add(new RecentFollowUp(rule, DateTime.SpecifyKind(created.Value, DateTimeKind.Utc), kind));
            }
        }
        return new ExistingFollowUps(open, recent);
    }
}

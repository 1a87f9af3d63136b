using System;
using System.Linq;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Scoring;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.FollowUps;

/// <summary>Configuration shortcuts and assertions the follow-up tests share.</summary>
internal static class FollowUpTestKit
{
    /// <summary>Turns every rule off except <paramref name="ruleIds"/>, through the rules variable, so a test sees one rule at work.</summary>
    public static void OnlyRules(this CxScenario s, params string[] ruleIds)
    {
        var off = FollowUpRuleIds.All().Where(id => !ruleIds.Contains(id)).Select(id => $"{{ \"id\": \"{id}\", \"enabled\": false }}");
        s.SetVariable(EnvironmentVariables.FollowUpRules, "{ \"rules\": [ " + string.Join(", ", off) + " ] }");
    }

    /// <summary>A CSAT model that predicts a poor experience for an ordinary case (intercept 1.5 instead of 4.4).</summary>
    public static void PoorPredictions(this CxScenario s) =>
        s.SetVariable(EnvironmentVariables.ScoringWeights, "{ \"csatModel\": { \"intercept\": 1.5 } }");

    /// <summary>An ordinary case history: the customer's email five minutes in, our reply at half past.</summary>
    public static void OrdinaryHistory(this CxScenario s, Guid caseId, Guid contactId, DateTime opened) =>
        s.Seed(s.InboundEmail(caseId, contactId, opened.AddMinutes(5), -0.1), s.OutboundEmail(caseId, contactId, opened.AddMinutes(30), 0.3));

    public static string Status(this CxScenario s, Guid caseId) =>
        s.RequiredScore(caseId).GetAttributeValue<string>(CaseScoreColumns.FollowUpStatus) ?? "";

    public static EntityReference Ref(this Entity row, string column) =>
        row.GetAttributeValue<EntityReference>(column) ?? throw new Xunit.Sdk.XunitException($"{row.LogicalName} {row.Id} has no {column}.");

    public static int Option(this Entity row, string column) =>
        row.GetAttributeValue<OptionSetValue>(column)?.Value ?? throw new Xunit.Sdk.XunitException($"{row.LogicalName} {row.Id} has no {column}.");

    public static string Text(this Entity row, string column) => row.GetAttributeValue<string>(column) ?? "";

    /// <summary>The party ids of a party-list column (to, from).</summary>
    public static Guid[] PartyIds(this Entity row, string column) =>
        row.GetAttributeValue<EntityCollection>(column)?.Entities
            .Select(p => p.GetAttributeValue<EntityReference>(ActivityPartyColumns.PartyId)?.Id ?? Guid.Empty).ToArray() ?? new Guid[0];

    public static DateTime Due(this Entity activity) =>
        DateTime.SpecifyKind(activity.GetAttributeValue<DateTime>(ActivityColumns.ScheduledEnd), DateTimeKind.Utc);

    public static DateTime Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}

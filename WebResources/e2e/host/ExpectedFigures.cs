using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CxJourney.Emulator;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.E2E.Host;

/// <summary>
/// What the views must show, computed from the rows as stored (after any plug-in ran), in C#, with
/// no code shared with the views. The KPI definitions are the dashboard's (WebResources/src/dashboard/kpi.ts):
/// CSAT, NPS and CES from survey answers; FCR over resolved cases; first response as a median;
/// resolve-by met leaving out open cases not yet due; prediction error over surveyed cases that kept a prediction.
/// </summary>
public static class ExpectedFigures
{
    private sealed record CaseRow(Guid Id, Guid? CaseId, Guid? ContactId, Guid? AgentId, int? Segment, int? Channel, bool? Fcr,
        decimal? FirstResponse, DateTime? ResolveBy, bool? ResolveByMet, DateTime? ResolvedOn, DateTime? CreatedOn, decimal? Csat,
        bool Surveyed, decimal? Predicted, string Name, int? OpenFollowUps);

    private sealed record AnswerRow(Guid Id, int? Csat, int? Ces, int? Nps, int? Channel, int? Segment, Guid? ContactId, Guid? CaseId, DateTime? AnsweredOn);

    public static JsonObject Compute(LocalOrganization organization, SeededData seeded, TimeZoneInfo zone, string zoneName, DateTime nowUtc)
    {
        var journeys = organization.Query(JourneyColumns.Table).ToDictionary(j => j.Id);
        var cases = organization.Query(CaseScoreColumns.Table).Select(r =>
        {
            Guid? journey = Ref(r, CaseScoreColumns.Journey);
            int? open = journey is Guid j && journeys.TryGetValue(j, out Entity? row) ? row.GetAttributeValue<int?>(JourneyColumns.OpenFollowUps) ?? 0 : null;
            return new CaseRow(r.Id, Ref(r, CaseScoreColumns.Case), Ref(r, CaseScoreColumns.Contact), Ref(r, CaseScoreColumns.Agent),
                Choice(r, CaseScoreColumns.Segment), Choice(r, CaseScoreColumns.Channel), r.GetAttributeValue<bool?>(CaseScoreColumns.FirstContactResolution),
                r.GetAttributeValue<decimal?>(CaseScoreColumns.FirstResponseMinutes), Date(r, CaseScoreColumns.ResolveBy), r.GetAttributeValue<bool?>(CaseScoreColumns.ResolveByMet),
                Date(r, CaseScoreColumns.ResolvedOn), Date(r, CaseScoreColumns.CreatedOn), r.GetAttributeValue<decimal?>(CaseScoreColumns.Csat),
                Choice(r, CaseScoreColumns.CsatSource) == Choices.ScoreSource.Surveyed, r.GetAttributeValue<decimal?>(CaseScoreColumns.PredictedCsat),
                r.GetAttributeValue<string>(CaseScoreColumns.Name) ?? "", open);
        }).ToList();
        var answers = organization.Query(FeedbackColumns.Table).Select(r => new AnswerRow(r.Id, r.GetAttributeValue<int?>(FeedbackColumns.Csat),
            r.GetAttributeValue<int?>(FeedbackColumns.Ces), r.GetAttributeValue<int?>(FeedbackColumns.Nps), Choice(r, FeedbackColumns.Channel),
            Choice(r, FeedbackColumns.Segment), Ref(r, FeedbackColumns.Contact), Ref(r, FeedbackColumns.Case),
            Date(r, FeedbackColumns.AnsweredOn) ?? Date(r, FeedbackColumns.CreatedOn))).ToList();
        var touchpoints = organization.Query(TouchpointColumns.Table);

        var agentOfCase = cases.Where(c => c.CaseId is not null && c.AgentId is not null).GroupBy(c => c.CaseId!.Value).ToDictionary(g => g.Key, g => g.Last().AgentId!.Value);
        string Month(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        string ChoiceKey(int? v) => v is int i ? i.ToString(CultureInfo.InvariantCulture) : "(none)";

        JsonObject Group(Func<CaseRow, string> caseKey, Func<AnswerRow, string> answerKey)
        {
            var result = new JsonObject();
            foreach (string key in cases.Select(caseKey).Concat(answers.Select(answerKey)).Distinct().OrderBy(k => k, StringComparer.Ordinal))
            {
                result[key] = Figures(cases.Where(c => caseKey(c) == key).ToList(), answers.Where(a => answerKey(a) == key).ToList(), nowUtc);
            }
            return result;
        }

        var dashboard = new JsonObject
        {
            ["overall"] = Figures(cases, answers, nowUtc),
            ["bySegment"] = Group(c => ChoiceKey(c.Segment), a => ChoiceKey(a.Segment)),
            ["byChannel"] = Group(c => ChoiceKey(c.Channel), a => ChoiceKey(a.Channel)),
            ["byAgent"] = Group(c => c.AgentId?.ToString() ?? "(none)", a => a.CaseId is Guid id && agentOfCase.TryGetValue(id, out Guid agent) ? agent.ToString() : "(none)"),
            ["byPeriod"] = Group(c => (c.ResolvedOn ?? c.CreatedOn) is DateTime d ? Month(d) : "(none)", a => a.AnsweredOn is DateTime d ? Month(d) : "(none)"),
            ["detractors"] = answers.Count(a => a.Nps <= 6),
            ["poorCases"] = cases.Count(c => c.Csat <= 2m),
            ["poorCaseFollowUps"] = new JsonArray(cases.Where(c => c.Csat <= 2m).OrderBy(c => c.Id).Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id.ToString(),
                ["openFollowUps"] = c.OpenFollowUps,
            }).ToArray()),
            ["systemicIssues"] = touchpoints.Count(t => t.GetAttributeValue<bool?>(TouchpointColumns.SystemicIssue) == true),
        };

        return new JsonObject
        {
            ["timeZone"] = zoneName,
            ["timeline"] = Timeline(organization, seeded, touchpoints, zone),
            ["dashboard"] = dashboard,
        };
    }

    private static JsonObject Timeline(LocalOrganization organization, SeededData seeded, IReadOnlyList<Entity> all, TimeZoneInfo zone)
    {
        var mine = all.Where(t => Ref(t, TouchpointColumns.Contact) == seeded.TimelineContactId)
            .OrderByDescending(t => Date(t, TouchpointColumns.OccurredOn))
            .ThenByDescending(t => t.Id.ToString(), StringComparer.Ordinal)
            .ToList();
        JsonNode Item(Entity t)
        {
            DateTime at = Date(t, TouchpointColumns.OccurredOn)!.Value;
            return new JsonObject
            {
                ["id"] = t.Id.ToString(),
                ["occurredOn"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                ["day"] = TimeZoneInfo.ConvertTimeFromUtc(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["channel"] = Choice(t, TouchpointColumns.Channel),
                ["channelLabel"] = t.FormattedValues.TryGetValue(TouchpointColumns.Channel, out string? label) ? label : null,
                ["direction"] = Choice(t, TouchpointColumns.Direction),
                ["subject"] = t.GetAttributeValue<string>(TouchpointColumns.SubjectSummary),
                ["caseId"] = Ref(t, TouchpointColumns.Case)?.ToString(),
                ["agent"] = t.GetAttributeValue<EntityReference>(TouchpointColumns.Agent)?.Name,
            };
        }

        Entity? journey = organization.Query(JourneyColumns.Table).FirstOrDefault(j => Ref(j, JourneyColumns.Contact) == seeded.TimelineContactId);
        Entity? score = organization.Query(CaseScoreColumns.Table).FirstOrDefault(s => Ref(s, CaseScoreColumns.Case) == seeded.TimelineCaseId);
        return new JsonObject
        {
            ["contactId"] = seeded.TimelineContactId.ToString(),
            ["caseId"] = seeded.TimelineCaseId.ToString(),
            ["otherContactId"] = seeded.OtherContactId.ToString(),
            ["xssPayload"] = seeded.XssPayload,
            ["touchpoints"] = new JsonArray(mine.Select(Item).ToArray()),
            ["journey"] = journey is null ? null : new JsonObject
            {
                ["health"] = journey.GetAttributeValue<int?>(JourneyColumns.HealthScore),
                ["npsCategory"] = journey.FormattedValues.TryGetValue(JourneyColumns.NpsCategory, out string? category) ? category : null,
                ["latestCsat"] = journey.GetAttributeValue<int?>(JourneyColumns.LatestCsat),
                ["latestCes"] = journey.GetAttributeValue<int?>(JourneyColumns.LatestCes),
                ["openFollowUps"] = journey.GetAttributeValue<int?>(JourneyColumns.OpenFollowUps) ?? 0,
            },
            ["caseScore"] = score is null ? null : new JsonObject
            {
                ["csat"] = (double?)score.GetAttributeValue<decimal?>(CaseScoreColumns.Csat),
                ["name"] = score.GetAttributeValue<string>(CaseScoreColumns.Name),
            },
        };
    }

    private static JsonObject Figures(IReadOnlyCollection<CaseRow> cases, IReadOnlyCollection<AnswerRow> answers, DateTime nowUtc)
    {
        var csat = answers.Where(a => a.Csat is not null).Select(a => (double)a.Csat!.Value).ToList();
        var nps = answers.Where(a => a.Nps is not null).Select(a => a.Nps!.Value).ToList();
        var ces = answers.Where(a => a.Ces is not null).Select(a => (double)a.Ces!.Value).ToList();
        var resolved = cases.Where(c => c.ResolvedOn is not null && c.Fcr is not null).ToList();
        var responses = cases.Where(c => c.FirstResponse is not null).Select(c => (double)c.FirstResponse!.Value).OrderBy(v => v).ToList();
        var decided = cases.Where(c => c.ResolveByMet is not null && !(c.ResolvedOn is null && c.ResolveBy > nowUtc)).ToList();
        var errors = cases.Where(c => c.Surveyed && c.Csat is not null && c.Predicted is not null).Select(c => (double)(c.Csat!.Value - c.Predicted!.Value)).ToList();
        double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
        double? Median(List<double> sorted) => sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return new JsonObject
        {
            ["csat-average"] = csat.Count == 0 ? null : csat.Average(),
            ["csat-top2"] = Ratio(csat.Count(v => v >= 4), csat.Count),
            ["nps"] = nps.Count == 0 ? null : 100.0 * (nps.Count(v => v >= 9) - nps.Count(v => v <= 6)) / nps.Count,
            ["ces-average"] = ces.Count == 0 ? null : ces.Average(),
            ["fcr"] = Ratio(resolved.Count(c => c.Fcr == true), resolved.Count),
            ["first-response-median"] = Median(responses),
            ["resolve-by-met"] = Ratio(decided.Count(c => c.ResolveByMet == true), decided.Count),
            ["prediction-mae"] = errors.Count == 0 ? null : errors.Average(Math.Abs),
            ["prediction-bias"] = errors.Count == 0 ? null : errors.Average(),
            ["counts"] = new JsonObject
            {
                ["csat"] = csat.Count, ["nps"] = nps.Count, ["ces"] = ces.Count, ["fcr"] = resolved.Count,
                ["firstResponse"] = responses.Count, ["resolveBy"] = decided.Count, ["prediction"] = errors.Count,
            },
        };
    }

    private static Guid? Ref(Entity row, string column) => row.GetAttributeValue<EntityReference>(column)?.Id;

    private static int? Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

    private static DateTime? Date(Entity row, string column) =>
        row.GetAttributeValue<DateTime?>(column) is DateTime d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
}

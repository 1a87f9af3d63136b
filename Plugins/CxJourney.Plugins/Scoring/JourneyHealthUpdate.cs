using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Scoring;

/// <summary>
/// A contact's journey health (0-100, recent experience weighing more) and NPS category from all its scored cases
/// and feedback answers, with the time decay of <see cref="JourneyHealthCalculator"/>, written to its cx_journey row
/// by its id after each case event (see <see cref="CaseScoringPlugin"/>). Three service calls: the contact's case
/// scores, its feedback, and the Upsert (idempotent).
/// Case scores are experiences dated by their resolution; feedback about no case is an experience of its own,
/// while feedback about a case already counts through that case's composite. The latest answers and the NPS
/// category come from the most recently answered feedback, with or without a case.
/// </summary>
public static class JourneyHealthUpdate
{
    public sealed record Result(JourneyHealth Health, int? LatestCsat, int? LatestCes, int? LatestNps, int ScoredCases);

    /// <summary>Computes the contact's journey health and upserts it (three calls).</summary>
    public static void Write(IOrganizationService service, Guid contactId, JourneyHealthSettings settings, DateTime nowUtc, Action<string> trace)
    {
        var result = Compute(contactId, service, settings, nowUtc);
        service.Execute(new UpsertRequest { Target = Row(contactId, result, nowUtc) });
        trace($"Journey health of contact {contactId:D}: {(result.Health.Score?.ToString() ?? "none")} from {result.Health.ExperienceCount} experience(s); " +
            $"NPS category {(result.Health.NpsCategory?.ToString() ?? "none")}.");
    }

    public static Result Compute(Guid contactId, IOrganizationService service, JourneyHealthSettings settings, DateTime nowUtc)
    {
        var scores = new QueryExpression(Tables.CaseScore)
        {
            ColumnSet = new ColumnSet(CaseScoreColumns.CompositeScore, CaseScoreColumns.ResolvedOn, CaseScoreColumns.ScoredOn),
            NoLock = true,
        };
        scores.Criteria.AddCondition(CaseScoreColumns.Contact, ConditionOperator.Equal, contactId);
        scores.Criteria.AddCondition(CaseScoreColumns.CompositeScore, ConditionOperator.NotNull);

        var feedback = new QueryExpression(Tables.Feedback)
        {
            ColumnSet = new ColumnSet(FeedbackColumns.Csat, FeedbackColumns.Ces, FeedbackColumns.Nps, FeedbackColumns.AnsweredOn,
                FeedbackColumns.CreatedOn, FeedbackColumns.Case),
            NoLock = true,
        };
        feedback.Criteria.AddCondition(FeedbackColumns.Contact, ConditionOperator.Equal, contactId);

        var experiences = new List<JourneyExperience>();
        var scoredCases = 0;
        foreach (var row in service.RetrieveMultiple(scores).Entities)
        {
            var composite = row.GetAttributeValue<int?>(CaseScoreColumns.CompositeScore);
            var when = row.GetAttributeValue<DateTime?>(CaseScoreColumns.ResolvedOn) ?? row.GetAttributeValue<DateTime?>(CaseScoreColumns.ScoredOn);
            if (composite == null || when == null)
                continue;
            experiences.Add(new JourneyExperience(CaseQuery.Utc(when.Value), composite));
            scoredCases++;
        }

        var answers = new List<FeedbackRow>();
        foreach (var row in service.RetrieveMultiple(feedback).Entities)
        {
            var answeredOn = row.GetAttributeValue<DateTime?>(FeedbackColumns.AnsweredOn) ?? row.GetAttributeValue<DateTime?>(FeedbackColumns.CreatedOn) ?? nowUtc;
            answers.Add(FeedbackRow.Read(row.Id, row.GetAttributeValue<int?>(FeedbackColumns.Csat), row.GetAttributeValue<int?>(FeedbackColumns.Ces),
                row.GetAttributeValue<int?>(FeedbackColumns.Nps), CaseQuery.Utc(answeredOn), row.GetAttributeValue<EntityReference>(FeedbackColumns.Case)?.Id));
        }
        foreach (var f in answers.Where(a => a.CaseId == null))
        {
            var answer = new FeedbackAnswers(f.Csat, f.Ces, f.Nps, f.AnsweredOn);
            if (!answer.IsEmpty)
                experiences.Add(new JourneyExperience(f.AnsweredOn, null, answer));
        }

        var health = JourneyHealthCalculator.Calculate(experiences, settings, nowUtc);
        var latestFirst = answers.OrderByDescending(a => a.AnsweredOn).ThenByDescending(a => a.Id).ToList();
        var latestNps = latestFirst.Select(a => a.Nps).FirstOrDefault(v => v.HasValue);
        health = health with { LatestNps = latestNps, NpsCategory = NpsCategories.FromScore(latestNps) };
        return new Result(health,
            latestFirst.Select(a => a.Csat).FirstOrDefault(v => v.HasValue),
            latestFirst.Select(a => a.Ces).FirstOrDefault(v => v.HasValue),
            latestNps,
            scoredCases);
    }

    /// <summary>
    /// The health columns of the contact's journey, addressed by its id (<see cref="RowIds.Journey"/>, the id the
    /// rollup creates it with), not by the contact key, which may still be Pending after an import.
    /// </summary>
    public static Entity Row(Guid contactId, Result result, DateTime nowUtc)
    {
        var row = new Entity(Tables.Journey, RowIds.Journey(contactId))
        {
            [JourneyColumns.Contact] = new EntityReference(Tables.Contact, contactId),
            [JourneyColumns.HealthScore] = result.Health.Score,
            [JourneyColumns.NpsCategory] = result.Health.NpsCategory.HasValue ? new OptionSetValue(CaseScoreRow.NpsCategoryChoice(result.Health.NpsCategory.Value)) : null,
            [JourneyColumns.LatestCsat] = result.LatestCsat,
            [JourneyColumns.LatestCes] = result.LatestCes,
            [JourneyColumns.LatestNps] = result.LatestNps,
            [JourneyColumns.CasesScored] = result.ScoredCases,
            [JourneyColumns.LastScoredOn] = nowUtc,
        };
        return row;
    }
}

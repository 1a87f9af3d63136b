using System;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Bench.Baseline;

/// <summary>
/// The baseline's scoring, as a typical team writes it: synchronously when a case is resolved (Update
/// of incident) or answered (Create of cx_feedback), read the case, page through ALL its touchpoints
/// and loop over them, read its feedback, find its score and create or update it. Calls: 4 plus one
/// per page of 5,000 touchpoints; time and memory grow with the case's history, since every
/// touchpoint travels to the plug-in. Bench only.
/// </summary>
public sealed class NaiveCaseScoringPlugin : IPlugin
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/page-large-result-sets-with-queryexpression
    private const int PageSize = 5000;

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        IOrganizationService service = factory.CreateOrganizationService(null);
        if (context.InputParameters["Target"] is not Entity target) return;

        Guid? caseId = target.LogicalName switch
        {
            Tables.Incident when target.GetAttributeValue<OptionSetValue>(IncidentColumns.StateCode)?.Value == StandardChoices.IncidentState.Resolved => target.Id,
            Tables.Feedback => target.GetAttributeValue<EntityReference>(FeedbackColumns.Case)?.Id,
            _ => null,
        };
        if (caseId is null) return;

        Entity incident = service.Retrieve(Tables.Incident, caseId.Value, new ColumnSet(IncidentColumns.CreatedOn, IncidentColumns.CustomerId, IncidentColumns.Title));
        DateTime opened = incident.GetAttributeValue<DateTime>(IncidentColumns.CreatedOn);

        int inbound = 0, outbound = 0, reopens = 0, scored = 0;
        double sentimentSum = 0, minimum = double.MaxValue;
        DateTime? firstReply = null;
        var query = new QueryExpression(Tables.Touchpoint)
        {
            ColumnSet = new ColumnSet(TouchpointColumns.Direction, TouchpointColumns.Kind, TouchpointColumns.OccurredOn, TouchpointColumns.Sentiment),
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(TouchpointColumns.Case, ConditionOperator.Equal, caseId.Value);
        while (true)
        {
            EntityCollection page = service.RetrieveMultiple(query);
            foreach (Entity touchpoint in page.Entities)
            {
                int? direction = touchpoint.GetAttributeValue<OptionSetValue>(TouchpointColumns.Direction)?.Value;
                int? kind = touchpoint.GetAttributeValue<OptionSetValue>(TouchpointColumns.Kind)?.Value;
                if (kind == Choices.TouchpointKind.Reopened) reopens++;
                else if (direction == Choices.Direction.Inbound) inbound++;
                else if (direction == Choices.Direction.Outbound)
                {
                    outbound++;
                    DateTime at = touchpoint.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn);
                    if (firstReply is null || at < firstReply) firstReply = at;
                }
                if (touchpoint.GetAttributeValue<double?>(TouchpointColumns.Sentiment) is double sentiment)
                {
                    scored++;
                    sentimentSum += sentiment;
                    minimum = Math.Min(minimum, sentiment);
                }
            }
            if (!page.MoreRecords) break;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        var feedbackQuery = new QueryExpression(Tables.Feedback) { ColumnSet = new ColumnSet(FeedbackColumns.Csat, FeedbackColumns.Ces, FeedbackColumns.Nps) };
        feedbackQuery.Criteria.AddCondition(FeedbackColumns.Case, ConditionOperator.Equal, caseId.Value);
        int? surveyedCsat = null;
        foreach (Entity answer in service.RetrieveMultiple(feedbackQuery).Entities) surveyedCsat = answer.GetAttributeValue<int?>(FeedbackColumns.Csat) ?? surveyedCsat;

        decimal predicted = Math.Clamp(5m - 0.25m * Math.Max(0, inbound - 1) - 0.5m * reopens, 1m, 5m);
        var score = new Entity(Tables.CaseScore)
        {
            [CaseScoreColumns.InboundContacts] = inbound,
            [CaseScoreColumns.OutboundContacts] = outbound,
            [CaseScoreColumns.ReopenCount] = reopens,
            [CaseScoreColumns.FirstContactResolution] = inbound <= 1 && reopens == 0,
            [CaseScoreColumns.FirstResponseMinutes] = firstReply.HasValue ? (decimal)Math.Max(0, (firstReply.Value - opened).TotalMinutes) : null,
            [CaseScoreColumns.PredictedCsat] = predicted,
            [CaseScoreColumns.Csat] = surveyedCsat.HasValue ? surveyedCsat.Value : predicted,
            [CaseScoreColumns.Sentiment] = scored > 0 ? sentimentSum / scored : null,
            [CaseScoreColumns.MinimumSentiment] = scored > 0 ? minimum : null,
            [CaseScoreColumns.SentimentCount] = scored,
            [CaseScoreColumns.ScoredOn] = DateTime.SpecifyKind(context.OperationCreatedOn, DateTimeKind.Utc),
        };

        var existing = new QueryExpression(Tables.CaseScore) { ColumnSet = new ColumnSet(false) };
        existing.Criteria.AddCondition(CaseScoreColumns.Case, ConditionOperator.Equal, caseId.Value);
        EntityCollection scores = service.RetrieveMultiple(existing);
        if (scores.Entities.Count > 0)
        {
            score.Id = scores.Entities[0].Id;
            service.Update(score);
        }
        else
        {
            score[CaseScoreColumns.Name] = incident.GetAttributeValue<string>(IncidentColumns.Title) ?? "Case score";
            score[CaseScoreColumns.Case] = new EntityReference(Tables.Incident, caseId.Value);
            if (incident.GetAttributeValue<EntityReference>(IncidentColumns.CustomerId) is { LogicalName: Tables.Contact } contact) score[CaseScoreColumns.Contact] = contact;
            service.Create(score);
        }
    }
}

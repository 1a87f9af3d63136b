using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Cli.Calibration;

/// <summary>The outcome of calibrating an organization: a result per measure (null when it had too few cases) and what was written.</summary>
public sealed record CalibrationRun(CalibrationResult? Csat, CalibrationResult? Ces, IReadOnlyList<string> Problems, string? WrittenJson);

/// <summary>
/// Calibrates the CSAT and CES models of an organization from its own surveyed cases, through nothing but the
/// organization service (so it runs against the local organization now and a real one alike):
/// <list type="number">
/// <item>the case scores with a surveyed CSAT or CES, oldest resolution first (one paged query);</item>
/// <item>each case's signals, computed by the scoring plugin's own code (<see cref="CaseScoring.Read"/>: three queries a case);</item>
/// <item>a fit per measure (<see cref="SatisfactionCalibrator"/>);</item>
/// <item>the new weights merged into the cx_ScoringWeights value (other settings kept), checked by the same reader
/// the plugins use, and written as the variable's current value.</item>
/// </list>
/// </summary>
public static class OrganizationCalibration
{
    public static CalibrationRun Run(IOrganizationService service, DateTime nowUtc, bool write = true)
    {
        var environment = EnvironmentSettings.Load(service);
        var configuration = ScoringConfiguration.From(environment);
        var csat = new List<CalibrationSample>();
        var ces = new List<CalibrationSample>();
        foreach (var score in SurveyedScores(service))
        {
            var caseRef = score.GetAttributeValue<EntityReference>(CaseScoreColumns.Case);
            if (caseRef == null) continue;
            var scored = CaseScoring.Read(service, caseRef.Id, configuration, nowUtc);
            if (scored == null) continue;
            if (Surveyed(score, CaseScoreColumns.CsatSource) && score.GetAttributeValue<decimal?>(CaseScoreColumns.Csat) is decimal c)
                csat.Add(new CalibrationSample(scored.Score.Signals, (double)c));
            if (Surveyed(score, CaseScoreColumns.CesSource) && score.GetAttributeValue<decimal?>(CaseScoreColumns.Ces) is decimal e)
                ces.Add(new CalibrationSample(scored.Score.Signals, (double)e));
        }

        var problems = new List<string>();
        var csatResult = Calibrate(SatisfactionMeasure.Csat, csat, problems);
        var cesResult = Calibrate(SatisfactionMeasure.Ces, ces, problems);
        if (csatResult == null && cesResult == null)
            return new CalibrationRun(null, null, problems, null);

        var json = MergedWeights(environment.Get(EnvironmentVariables.ScoringWeights), csatResult?.Model, cesResult?.Model);
        // The plugins must accept what is written: the same reader checks ranges and the sign of every weight.
        ScoringSettings.Parse(json);
        if (write) WriteVariable(service, EnvironmentVariables.ScoringWeights, json);
        return new CalibrationRun(csatResult, cesResult, problems, write ? json : null);
    }

    private static CalibrationResult? Calibrate(SatisfactionMeasure measure, List<CalibrationSample> samples, List<string> problems)
    {
        if (samples.Count < SatisfactionCalibrator.MinimumCases)
        {
            problems.Add($"{measure}: {samples.Count} surveyed case(s); at least {SatisfactionCalibrator.MinimumCases} are needed, so its weights are left as they are.");
            return null;
        }
        return SatisfactionCalibrator.Calibrate(measure, samples);
    }

    private static bool Surveyed(Entity score, string sourceColumn) =>
        score.GetAttributeValue<OptionSetValue>(sourceColumn)?.Value == Choices.ScoreSource.Surveyed;

    private static IEnumerable<Entity> SurveyedScores(IOrganizationService service)
    {
        var query = new QueryExpression(Tables.CaseScore)
        {
            ColumnSet = new ColumnSet(CaseScoreColumns.Case, CaseScoreColumns.Csat, CaseScoreColumns.CsatSource, CaseScoreColumns.Ces,
                CaseScoreColumns.CesSource, CaseScoreColumns.ResolvedOn),
            PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
        };
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition(CaseScoreColumns.CsatSource, ConditionOperator.Equal, Choices.ScoreSource.Surveyed);
        either.AddCondition(CaseScoreColumns.CesSource, ConditionOperator.Equal, Choices.ScoreSource.Surveyed);
        query.Criteria.AddCondition(CaseScoreColumns.ResolvedOn, ConditionOperator.NotNull);
        query.AddOrder(CaseScoreColumns.ResolvedOn, OrderType.Ascending);
        query.AddOrder(CaseScoreColumns.Id, OrderType.Ascending);
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            foreach (var row in page.Entities) yield return row;
            if (!page.MoreRecords) yield break;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    /// <summary>The current scoring configuration (or the shipped one) with the calibrated models in place; compact JSON.</summary>
    public static string MergedWeights(string? current, SatisfactionModel? csat, SatisfactionModel? ces)
    {
        var root = JsonNode.Parse(string.IsNullOrWhiteSpace(current) ? ScoringSettings.DefaultJson : current!) as JsonObject
            ?? throw new InvalidOperationException("cx_ScoringWeights is not a JSON object.");
        if (csat != null) root["csatModel"] = ModelJson(csat);
        if (ces != null) root["cesModel"] = ModelJson(ces);
        return root.ToJsonString();
    }

    private static JsonObject ModelJson(SatisfactionModel model)
    {
        var json = new JsonObject { ["intercept"] = model.Intercept };
        var weights = model.Weights();
        for (var i = 0; i < weights.Length; i++) json[SatisfactionModel.Terms[i]] = weights[i] + 0.0;
        return json;
    }

    /// <summary>Sets an environment variable's current value: updates its value row, or creates one for the definition.</summary>
    // https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables
    private static void WriteVariable(IOrganizationService service, string schemaName, string value)
    {
        var definitions = new QueryExpression(Tables.EnvironmentVariableDefinition) { ColumnSet = new ColumnSet(EnvironmentVariableDefinitionColumns.Id) };
        definitions.Criteria.AddCondition(EnvironmentVariableDefinitionColumns.SchemaName, ConditionOperator.Equal, schemaName);
        var definition = service.RetrieveMultiple(definitions).Entities.FirstOrDefault()
            ?? throw new InvalidOperationException($"The environment variable {schemaName} is not defined: is the CxJourney solution imported?");

        var values = new QueryExpression(Tables.EnvironmentVariableValue) { ColumnSet = new ColumnSet(EnvironmentVariableValueColumns.Id) };
        values.Criteria.AddCondition(EnvironmentVariableValueColumns.DefinitionId, ConditionOperator.Equal, definition.Id);
        var existing = service.RetrieveMultiple(values).Entities.FirstOrDefault();
        if (existing != null)
        {
            service.Update(new Entity(Tables.EnvironmentVariableValue, existing.Id) { [EnvironmentVariableValueColumns.Value] = value });
            return;
        }
        service.Create(new Entity(Tables.EnvironmentVariableValue)
        {
            [EnvironmentVariableValueColumns.SchemaName] = schemaName,
            [EnvironmentVariableValueColumns.Value] = value,
            [EnvironmentVariableValueColumns.DefinitionId] = new EntityReference(Tables.EnvironmentVariableDefinition, definition.Id),
        });
    }

    public static string Describe(CalibrationResult r) => string.Format(CultureInfo.InvariantCulture,
        "{0}: holdout MAE {1:0.000} (model) vs {2:0.000} (always the mean), {3:0.000} (always the most common answer); ratio to the mean baseline {4:0.00}; {5} training + {6} holdout cases; ridge strength {7}",
        r.Measure, r.HoldoutMae, r.MeanBaselineMae, r.ModeBaselineMae, r.HoldoutMae / r.MeanBaselineMae, r.TrainingCases, r.HoldoutCases, r.Lambda);
}

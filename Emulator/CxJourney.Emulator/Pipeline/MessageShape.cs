using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// Facts about messages the pipeline needs: which table and row a request is about, how response
/// keys are named in OutputParameters, and which single and multiple messages share a pipeline.
/// </summary>
internal static partial class MessageShape
{
    public const string NoEntity = "none";

    /// <summary>The two names a response value goes by where they differ (Results key, OutputParameters key).</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#outputparameters
    private static readonly Dictionary<string, (string Response, string Output)> RenamedOutputs = new(StringComparer.Ordinal)
    {
        ["Retrieve"] = ("Entity", "BusinessEntity"),
        ["RetrieveMultiple"] = ("EntityCollection", "BusinessEntityCollection"),
    };

    /// <summary>Single and multiple messages whose pipelines are merged.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
    private static readonly Dictionary<string, string> MultipleOf = new(StringComparer.Ordinal)
    {
        ["Create"] = "CreateMultiple",
        ["Update"] = "UpdateMultiple",
    };

    private static readonly HashSet<string> Multiples = new(StringComparer.Ordinal) { "CreateMultiple", "UpdateMultiple" };

    /// <summary>
    /// Messages whose pre-validation stage keeps its own SharedVariables: later stages see them
    /// through ParentContext.SharedVariables.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables
    private static readonly HashSet<string> SeparatePreValidationVariables = new(StringComparer.Ordinal)
    {
        "Create", "Update", "Delete", "RetrieveExchangeRate",
    };

    public static string? MultipleMessageOf(string singleMessage) => MultipleOf.TryGetValue(singleMessage, out string? multiple) ? multiple : null;

    public static bool IsMultiple(string message) => Multiples.Contains(message);

    public static string SingleMessageOf(string multipleMessage) => multipleMessage[..^"Multiple".Length];

    public static bool HasSeparatePreValidationVariables(string message) => SeparatePreValidationVariables.Contains(message);

    public static string OutputKey(string message, string responseKey) =>
        RenamedOutputs.TryGetValue(message, out var names) && names.Response == responseKey ? names.Output : responseKey;

    public static string ResponseKey(string message, string outputKey) =>
        RenamedOutputs.TryGetValue(message, out var names) && names.Output == outputKey ? names.Response : outputKey;

    /// <summary>The table and row a request is about ("none" and empty when it names none).</summary>
    public static (string Entity, Guid Id) PrimaryOf(ParameterCollection input, OrganizationCore core)
    {
        if (input.TryGetValue("Target", out object? target))
        {
            switch (target)
            {
                case Entity entity:
                    return (entity.LogicalName, IdOf(entity, core));
                case EntityReference reference:
                    return (reference.LogicalName, reference.Id);
            }
        }
        if (input.TryGetValue("Targets", out object? targets) && targets is EntityCollection collection)
        {
            string? name = string.IsNullOrEmpty(collection.EntityName) && collection.Entities.Count > 0 ? collection.Entities[0].LogicalName : collection.EntityName;
            return (string.IsNullOrEmpty(name) ? NoEntity : name, Guid.Empty);
        }
        if (input.TryGetValue("EntityMoniker", out object? moniker) && moniker is EntityReference monikerReference)
        {
            return (monikerReference.LogicalName, monikerReference.Id);
        }
        if (input.TryGetValue("Query", out object? query) && EntityOfQuery(query) is string queried)
        {
            return (queried, Guid.Empty);
        }
        if (input.TryGetValue("IncidentResolution", out object? resolution) && resolution is Entity resolutionEntity)
        {
            Guid incident = resolutionEntity.GetAttributeValue<EntityReference>("incidentid")?.Id ?? Guid.Empty;
            return ("incident", incident);
        }
        return (NoEntity, Guid.Empty);
    }

    /// <summary>The id an entity carries, in Id or in its primary key column.</summary>
    public static Guid IdOf(Entity entity, OrganizationCore core)
    {
        if (entity.Id != Guid.Empty) return entity.Id;
        if (core.Catalog.TryGetTable(entity.LogicalName, out TableMetadata? table)
            && entity.Attributes.TryGetValue(table.PrimaryIdAttribute, out object? value) && value is Guid id)
        {
            return id;
        }
        return Guid.Empty;
    }

    private static string? EntityOfQuery(object? query) => query switch
    {
        QueryExpression expression => expression.EntityName,
        QueryByAttribute byAttribute => byAttribute.EntityName,
        FetchExpression fetch when FetchEntity().Match(fetch.Query ?? "") is { Success: true } match => match.Groups["name"].Value,
        _ => null,
    };

    [GeneratedRegex("<entity\\s+name\\s*=\\s*[\"'](?<name>[^\"']+)[\"']", RegexOptions.IgnoreCase)]
    private static partial Regex FetchEntity();
}

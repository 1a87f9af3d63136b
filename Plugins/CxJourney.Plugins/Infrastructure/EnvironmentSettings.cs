using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Json;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>
/// The solution's environment variables, read in ONE query: every cx_ definition with its current
/// value (outer join). A value row overrides the definition's default, as in Dataverse:
/// https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables
/// Not cached across executions: a plugin instance is shared by threads and organizations, and an
/// admin's change must apply to the next event.
/// </summary>
public sealed class EnvironmentSettings
{
    private const string ValueAlias = "v";
    private readonly Dictionary<string, string?> _values;

    private EnvironmentSettings(Dictionary<string, string?> values)
    {
        _values = values;
    }

    /// <summary>Reads every cx_ variable with one RetrieveMultiple.</summary>
    public static EnvironmentSettings Load(IOrganizationService service)
    {
        var query = new QueryExpression(Tables.EnvironmentVariableDefinition)
        {
            ColumnSet = new ColumnSet(EnvironmentVariableDefinitionColumns.SchemaName, EnvironmentVariableDefinitionColumns.DefaultValue),
        };
        query.Criteria.AddCondition(EnvironmentVariableDefinitionColumns.SchemaName, ConditionOperator.BeginsWith, "cx_");
        var link = query.AddLink(
            Tables.EnvironmentVariableValue,
            EnvironmentVariableDefinitionColumns.Id,
            EnvironmentVariableValueColumns.DefinitionId,
            JoinOperator.LeftOuter);
        link.EntityAlias = ValueAlias;
        link.Columns = new ColumnSet(EnvironmentVariableValueColumns.Value);

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var name = row.GetAttributeValue<string>(EnvironmentVariableDefinitionColumns.SchemaName);
            if (string.IsNullOrEmpty(name)) continue;
            var current = row.GetAttributeValue<AliasedValue>(ValueAlias + "." + EnvironmentVariableValueColumns.Value)?.Value as string;
            var fallback = row.GetAttributeValue<string>(EnvironmentVariableDefinitionColumns.DefaultValue);
            values[name!] = !string.IsNullOrWhiteSpace(current) ? current : fallback;
        }
        return new EnvironmentSettings(values);
    }

    /// <summary>Settings from known values, for callers that already hold them (and for tests).</summary>
    public static EnvironmentSettings From(IDictionary<string, string?> values) =>
        new(new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every variable's effective value as a JSON object by schema name (what the settings copy stores).</summary>
    public string ToJson() => JsonWriter.StringObject(_values.OrderBy(v => v.Key, StringComparer.Ordinal));

    /// <summary>Settings from <see cref="ToJson"/>'s text; null when it is not such an object (a copy written by hand).</summary>
    public static EnvironmentSettings? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            var root = JsonReader.Parse(json);
            if (root.Kind != JsonKind.Object) return null;
            var values = new Dictionary<string, string?>(root.Properties.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var p in root.Properties)
            {
                if (p.Value.Kind == JsonKind.Null) values[p.Key] = null;
                else if (p.Value.Kind == JsonKind.String) values[p.Key] = p.Value.AsString();
                else return null;
            }
            return new EnvironmentSettings(values);
        }
        catch (JsonConfigurationException)
        {
            return null;
        }
    }

    /// <summary>The variable's effective value, or null when it is not defined or empty.</summary>
    public string? Get(string schemaName) =>
        _values.TryGetValue(schemaName, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}

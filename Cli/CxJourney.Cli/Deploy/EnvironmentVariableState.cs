using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CxJourney.Dataverse;

namespace CxJourney.Cli.Deploy;

/// <summary>
/// The organization's cx_ environment variables: each definition with its default and its value row
/// (at most one per definition), read with two queries.
/// </summary>
// https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables
public sealed class EnvironmentVariableState
{
    public sealed record Definition(Guid Id, string SchemaName, string? DefaultValue, Guid? ValueId, string? Value)
    {
        /// <summary>What the plug-ins read: the value row's value when it has one, else the default.</summary>
        public string? Effective => !string.IsNullOrWhiteSpace(Value) ? Value : DefaultValue;
    }

    private EnvironmentVariableState(Dictionary<string, Definition> definitions) { Definitions = definitions; }

    public IReadOnlyDictionary<string, Definition> Definitions { get; }

    public static async Task<EnvironmentVariableState> ReadAsync(DataverseClient client, CancellationToken cancellationToken)
    {
        var definitions = await client.GetAllAsync(
            "environmentvariabledefinitions?$select=environmentvariabledefinitionid,schemaname,defaultvalue&$filter=startswith(schemaname,'cx_')",
            cancellationToken: cancellationToken);
        var values = await client.GetAllAsync(
            "environmentvariablevalues?$select=environmentvariablevalueid,schemaname,value,_environmentvariabledefinitionid_value&$filter=startswith(schemaname,'cx_')",
            cancellationToken: cancellationToken);
        var byDefinition = values
            .Where(v => v["_environmentvariabledefinitionid_value"] is not null)
            .GroupBy(v => Guid.Parse(v["_environmentvariabledefinitionid_value"]!.GetValue<string>()))
            .ToDictionary(g => g.Key, g => g.First());
        var result = new Dictionary<string, Definition>(StringComparer.OrdinalIgnoreCase);
        foreach (JsonObject row in definitions)
        {
            Guid id = Guid.Parse(row["environmentvariabledefinitionid"]!.GetValue<string>());
            string name = row["schemaname"]!.GetValue<string>();
            byDefinition.TryGetValue(id, out JsonObject? value);
            result[name] = new Definition(id, name, row["defaultvalue"]?.GetValue<string>(),
                value is null ? null : Guid.Parse(value["environmentvariablevalueid"]!.GetValue<string>()),
                value?["value"]?.GetValue<string>());
        }
        return new EnvironmentVariableState(result);
    }
}

using System.Collections.Generic;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>The Targets of CreateMultiple/UpdateMultiple/UpsertMultiple: rows of one table, named by EntityName.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
internal static class MultipleTargets
{
    public static IReadOnlyList<Entity> Read(OrganizationRequest request)
    {
        EntityCollection targets = RequestParameters.Required<EntityCollection>(request, "Targets");
        string? table = string.IsNullOrEmpty(targets.EntityName) ? null : targets.EntityName;
        var rows = new List<Entity>(targets.Entities.Count);
        foreach (Entity entity in targets.Entities)
        {
            table ??= entity.LogicalName;
            if (entity.LogicalName != table)
            {
                throw Fault.Create(
                    ErrorCodes.InvalidArgument,
                    $"{request.RequestName} takes rows of one table: Targets.EntityName is '{table}' but a target is a '{entity.LogicalName}'.");
            }
            rows.Add(entity);
        }
        return rows;
    }

    /// <summary>The table the targets are rows of (Targets.EntityName, else the first row's), or null when neither says.</summary>
    public static string? TableOf(OrganizationRequest request, IReadOnlyList<Entity> rows)
    {
        string? named = (request.Parameters.Contains("Targets") ? request["Targets"] as EntityCollection : null)?.EntityName;
        return !string.IsNullOrEmpty(named) ? named : rows.Count > 0 ? rows[0].LogicalName : null;
    }
}

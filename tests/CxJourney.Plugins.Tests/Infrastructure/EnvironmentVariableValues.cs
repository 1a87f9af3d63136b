using System;
using System.Linq;
using CxJourney.Emulator;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Infrastructure;

/// <summary>
/// An admin's current value for one of the solution's environment variables. The definition is the
/// row the solution import left (the local organization seeds it from Solution/); a test never adds
/// a second definition, which Dataverse's schemaname key would refuse anyway.
/// </summary>
public static class EnvironmentVariableValues
{
    /// <summary>Sets the variable's value row: updates it when there is one, else creates it for the shipped definition (both as an admin would).</summary>
    public static void SetEnvironmentVariable(this LocalOrganization organization, string schemaName, string value)
    {
        var definition = organization.Query(Tables.EnvironmentVariableDefinition)
            .SingleOrDefault(d => string.Equals(d.GetAttributeValue<string>(EnvironmentVariableDefinitionColumns.SchemaName), schemaName, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The solution defines no environment variable {schemaName}.");
        var current = organization.Query(Tables.EnvironmentVariableValue)
            .FirstOrDefault(v => v.GetAttributeValue<EntityReference>(EnvironmentVariableValueColumns.DefinitionId)?.Id == definition.Id);
        if (current is not null)
        {
            organization.GetService().Update(new Entity(Tables.EnvironmentVariableValue, current.Id) { [EnvironmentVariableValueColumns.Value] = value });
            return;
        }
        // Created as an admin does, through the pipeline: the settings copy's step runs in the same transaction.
        organization.GetService().Create(new Entity(Tables.EnvironmentVariableValue, Guid.NewGuid())
        {
            [EnvironmentVariableValueColumns.SchemaName] = schemaName,
            [EnvironmentVariableValueColumns.Value] = value,
            [EnvironmentVariableValueColumns.DefinitionId] = new EntityReference(Tables.EnvironmentVariableDefinition, definition.Id),
        });
    }
}

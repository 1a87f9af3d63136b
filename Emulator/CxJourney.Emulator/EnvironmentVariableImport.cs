using System;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.Plugins.Domain.Identity;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator;

/// <summary>
/// The rows a solution import leaves for the solution's environment variables: one
/// environmentvariabledefinition per definition and an environmentvariablevalue where the solution
/// ships a current value (environmentvariablevalues.json), so code reading the variables finds the
/// shipped defaults without a test or the demo creating them.
/// </summary>
// https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables
internal static class EnvironmentVariableImport
{
    private const string DefinitionTable = "environmentvariabledefinition";
    private const string ValueTable = "environmentvariablevalue";

    public static void Apply(OrganizationCore core, SolutionDefinition solution, Guid callerId)
    {
        if (solution.EnvironmentVariables.Count == 0 || !core.Catalog.ContainsTable(DefinitionTable)) return;
        TableMetadata definitions = core.Table(DefinitionTable);
        bool values = core.Catalog.ContainsTable(ValueTable);
        lock (core.Store.Gate)
        {
            StoreTransaction transaction = core.Store.BeginTransaction();
            RequestContext context = RequestContext.ForCaller(callerId).WithTransaction(transaction);
            try
            {
                foreach (EnvironmentVariableDefinition variable in solution.EnvironmentVariables)
                {
                    Guid definitionId = StableId(DefinitionTable, variable.SchemaName);
                    var row = new Entity(DefinitionTable, definitionId)
                    {
                        ["schemaname"] = variable.SchemaName,
                        ["displayname"] = variable.DisplayName,
                        ["type"] = new OptionSetValue((int)variable.Type),
                    };
                    SetIfColumn(definitions, row, "description", variable.Description);
                    SetIfColumn(definitions, row, "defaultvalue", variable.DefaultValue);
                    SetIfColumn(definitions, row, "isrequired", variable.IsRequired);
                    // A re-import (upgrade) keeps the existing rows: the admin's values stay.
                    if (core.Store.Contains(DefinitionTable, definitionId)) continue;
                    core.Writer.Create(row, context, WriteMode.Seed);

                    if (values && variable.CurrentValue is not null)
                    {
                        core.Writer.Create(new Entity(ValueTable, StableId(ValueTable, variable.SchemaName))
                        {
                            ["schemaname"] = variable.SchemaName,
                            ["value"] = variable.CurrentValue,
                            ["environmentvariabledefinitionid"] = new EntityReference(DefinitionTable, definitionId),
                        }, context, WriteMode.Seed);
                    }
                }
                transaction.Commit();
            }
            catch
            {
                transaction.Rollback();
                throw;
            }
        }
    }

    private static void SetIfColumn(TableMetadata table, Entity row, string column, object? value)
    {
        if (value is not null && table.HasColumn(column)) row[column] = value;
    }

    /// <summary>
    /// An id from the schema name, not from the organization's id sequence: seeding the solution's
    /// variables leaves the ids every other row gets (with a seed) unchanged, and the same solution
    /// always yields the same definition ids.
    /// </summary>
    internal static Guid StableId(string table, string schemaName)
        => NameBasedGuid.Create(ImportNamespace, table + ":" + schemaName.ToLowerInvariant());

    // The namespace of the ids a solution import gives its rows here.
    private static readonly Guid ImportNamespace = new("0b3f9a1e-6d2c-4e85-8f47-2a9c5d13e760");
}

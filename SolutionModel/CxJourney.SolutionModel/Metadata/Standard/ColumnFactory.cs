using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>Short ways to make built-in columns; the logical name is the schema name in lower case.</summary>
internal static class ColumnFactory
{
    public static ColumnMetadata Make(
        string schemaName,
        ColumnType type,
        string displayName,
        ColumnAccess access = ColumnAccess.CreateAndUpdate,
        RequiredLevel required = RequiredLevel.None)
        => new()
        {
            LogicalName = schemaName.ToLowerInvariant(),
            SchemaName = schemaName,
            Type = type,
            DisplayName = displayName,
            RequiredLevel = required,
            IsValidForCreate = access != ColumnAccess.ReadOnly,
            IsValidForUpdate = access == ColumnAccess.CreateAndUpdate,
        };

    public static ColumnMetadata Lookup(string schemaName, string displayName, ColumnAccess access, params string[] targets)
        => Make(schemaName, ColumnType.Lookup, displayName, access) with { Targets = targets };

    public static ColumnMetadata DateTime(string schemaName, string displayName, ColumnAccess access,
        ColumnDateTimeBehavior behavior = ColumnDateTimeBehavior.UserLocal, string format = "datetime")
        => Make(schemaName, ColumnType.DateTime, displayName, access) with { DateTimeBehavior = behavior, Format = format };

    public static ColumnMetadata Integer(string schemaName, string displayName, ColumnAccess access, int min, int max)
        => Make(schemaName, ColumnType.Integer, displayName, access) with { MinValue = min, MaxValue = max, Format = "none" };

    public static ColumnMetadata Boolean(string schemaName, string displayName, ColumnAccess access,
        string falseLabel = "No", string trueLabel = "Yes", bool defaultValue = false)
        => Make(schemaName, ColumnType.Boolean, displayName, access) with
        {
            Options = [new ChoiceOption { Value = 0, Label = falseLabel }, new ChoiceOption { Value = 1, Label = trueLabel }],
            DefaultValue = defaultValue ? 1 : 0,
        };

    public static ColumnMetadata Choice(string schemaName, string displayName, ColumnAccess access, int? defaultValue,
        IEnumerable<(int Value, string Label)> options)
        => Make(schemaName, ColumnType.Picklist, displayName, access) with
        {
            Options = options.Select(o => new ChoiceOption { Value = o.Value, Label = o.Label }).ToArray(),
            DefaultValue = defaultValue,
        };

    public static ColumnMetadata PrimaryKey(string schemaName, string displayName)
        => Make(schemaName, ColumnType.Uniqueidentifier, displayName, ColumnAccess.CreateOnly, RequiredLevel.SystemRequired)
            with { IsPrimaryId = true };

    // ---- columns every table has --------------------------------------------------------

    /// <summary>Created/modified stamps, version number and the other columns of every table.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_CreatedOn (and the same columns on every table)
    public static IEnumerable<ColumnMetadata> Common()
    {
        yield return DateTime("CreatedOn", "Created On", ColumnAccess.ReadOnly);
        yield return Lookup("CreatedBy", "Created By", ColumnAccess.ReadOnly, "systemuser");
        yield return Lookup("CreatedOnBehalfBy", "Created By (Delegate)", ColumnAccess.ReadOnly, "systemuser");
        yield return DateTime("ModifiedOn", "Modified On", ColumnAccess.ReadOnly);
        yield return Lookup("ModifiedBy", "Modified By", ColumnAccess.ReadOnly, "systemuser");
        yield return Lookup("ModifiedOnBehalfBy", "Modified By (Delegate)", ColumnAccess.ReadOnly, "systemuser");
        yield return DateTime("OverriddenCreatedOn", "Record Created On", ColumnAccess.CreateOnly, format: "date");
        yield return Integer("ImportSequenceNumber", "Import Sequence Number", ColumnAccess.CreateOnly, int.MinValue, int.MaxValue);
        yield return Make("VersionNumber", ColumnType.BigInt, "Version Number", ColumnAccess.ReadOnly)
            with { MinValue = long.MinValue, MaxValue = long.MaxValue };
        yield return Integer("TimeZoneRuleVersionNumber", "Time Zone Rule Version Number", ColumnAccess.CreateAndUpdate, -1, int.MaxValue);
        yield return Integer("UTCConversionTimeZoneCode", "UTC Conversion Time Zone Code", ColumnAccess.CreateAndUpdate, -1, int.MaxValue);
    }

    /// <summary>The owner of a user-owned row and the columns the platform derives from it.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_OwnerId
    public static IEnumerable<ColumnMetadata> UserOwnership()
    {
        yield return Make("OwnerId", ColumnType.Owner, "Owner", ColumnAccess.CreateAndUpdate, RequiredLevel.SystemRequired)
            with { Targets = ["systemuser", "team"] };
        yield return Lookup("OwningBusinessUnit", "Owning Business Unit", ColumnAccess.ReadOnly, "businessunit");
        yield return Lookup("OwningUser", "Owning User", ColumnAccess.ReadOnly, "systemuser");
        yield return Lookup("OwningTeam", "Owning Team", ColumnAccess.ReadOnly, "team");
    }

    public static IEnumerable<ColumnMetadata> OrganizationOwnership()
    {
        yield return Lookup("OrganizationId", "Organization", ColumnAccess.ReadOnly, "organization");
    }

    /// <summary>The columns activity tables share with activitypointer.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/activitypointer
    public static IEnumerable<ColumnMetadata> Activity(IReadOnlyList<string>? regardingTargets)
    {
        yield return Make("ActivityTypeCode", ColumnType.EntityName, "Activity Type", ColumnAccess.ReadOnly);
        if (regardingTargets is not null)
            yield return Make("RegardingObjectId", ColumnType.Lookup, "Regarding") with { Targets = regardingTargets };
        yield return DateTime("ActualStart", "Actual Start", ColumnAccess.CreateAndUpdate);
        yield return DateTime("ActualEnd", "Actual End", ColumnAccess.CreateAndUpdate);
        yield return Integer("ActualDurationMinutes", "Actual Duration", ColumnAccess.CreateAndUpdate, 0, 2147483647);
        yield return DateTime("ScheduledStart", "Start Date", ColumnAccess.CreateAndUpdate);
        yield return DateTime("ScheduledEnd", "Due Date", ColumnAccess.CreateAndUpdate);
        yield return Integer("ScheduledDurationMinutes", "Scheduled Duration", ColumnAccess.CreateAndUpdate, 0, 2147483647);
        yield return Choice("PriorityCode", "Priority", ColumnAccess.CreateAndUpdate, 1, [(0, "Low"), (1, "Normal"), (2, "High")]);
        yield return Boolean("IsRegularActivity", "Is Regular Activity", ColumnAccess.ReadOnly, defaultValue: true);
        yield return Boolean("IsBilled", "Is Billed", ColumnAccess.CreateAndUpdate);
        yield return Boolean("IsWorkflowCreated", "Is Workflow Created", ColumnAccess.CreateAndUpdate);
    }

    /// <summary>statecode and statuscode built from a table's states.</summary>
    public static IEnumerable<ColumnMetadata> StateAndStatus(IReadOnlyList<TableState> states, IReadOnlyDictionary<int, string> statusLabels)
    {
        yield return Make("StateCode", ColumnType.State, "Status", ColumnAccess.CreateAndUpdate, RequiredLevel.SystemRequired) with
        {
            // The platform sets statecode on create from the default state; only update may change it.
            IsValidForCreate = false,
            Options = states.Select(s => new ChoiceOption
            {
                Value = s.Value,
                Label = s.Label,
                DefaultStatus = s.DefaultStatus,
                InvariantName = s.InvariantName,
            }).ToArray(),
        };
        yield return Make("StatusCode", ColumnType.Status, "Status Reason") with
        {
            Options = states.SelectMany(s => s.Statuses.Select(status => new ChoiceOption
            {
                Value = status,
                Label = statusLabels[status],
                State = s.Value,
            })).ToArray(),
        };
    }

    /// <summary>The states a table has, read back from its statecode/statuscode columns.</summary>
    public static IReadOnlyList<TableState> StatesFrom(ColumnMetadata stateColumn, ColumnMetadata? statusColumn)
    {
        return stateColumn.Options.Select(state => new TableState
        {
            Value = state.Value,
            Label = state.Label,
            InvariantName = state.InvariantName ?? state.Label.Replace(" ", "", StringComparison.Ordinal),
            DefaultStatus = state.DefaultStatus ?? FirstStatusOf(statusColumn, state.Value) ?? state.Value + 1,
            Statuses = statusColumn?.Options.Where(o => o.State == state.Value).Select(o => o.Value).ToArray() ?? [],
        }).ToArray();
    }

    private static int? FirstStatusOf(ColumnMetadata? statusColumn, int state)
        => statusColumn?.Options.FirstOrDefault(o => o.State == state)?.Value;
}

using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>
/// Puts a table's reference file over its hand-written definition: every column the reference
/// lists comes from the reference (type, required level, access, length, range, precision, format,
/// date behaviour, targets, options, display name); hand-written columns the reference lacks stay;
/// hand-written details the reference does not carry (invariant state names, a default the page
/// does not print, global choice names) are kept, and so are hand-written lookup targets beyond the
/// page's: the Dataverse pages list the platform's own tables, and the Dynamics 365 apps add theirs
/// (incident, opportunity, lead, salesorder, invoice as regarding and party targets).
/// </summary>
internal static class ReferenceMerge
{
    /// <summary>
    /// Column types the local organization leaves out: they hold no value a request can set or a
    /// query can filter (Virtual: name/yomi shadows and calculated views; ManagedProperty: solution
    /// layering flags; CalendarRules; Image and File: stored apart from the row, through their own
    /// messages). The Web API does not show them either.
    /// </summary>
    public static readonly IReadOnlySet<ColumnType> OmittedTypes = new HashSet<ColumnType>
    {
        ColumnType.Virtual, ColumnType.ManagedProperty, ColumnType.CalendarRules, ColumnType.Image, ColumnType.File,
    };

    /// <summary>
    /// Columns the hand-written tables give every table of a kind (stamps, ownership, activity
    /// columns): where the page lists a table without one of them (plugintracelog has no modifiedon,
    /// team no timezoneruleversionnumber), the table does not have it. versionnumber stays: the
    /// organization stamps every row with it.
    /// </summary>
    private static readonly HashSet<string> Implied = ImpliedColumns();

    private static HashSet<string> ImpliedColumns()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in ColumnFactory.Common()) names.Add(column.LogicalName);
        foreach (var column in ColumnFactory.UserOwnership()) names.Add(column.LogicalName);
        foreach (var column in ColumnFactory.OrganizationOwnership()) names.Add(column.LogicalName);
        foreach (var column in ColumnFactory.Activity(StandardTables.RegardingTargets)) names.Add(column.LogicalName);
        names.Remove("versionnumber");
        return names;
    }

    public static TableMetadata Apply(TableMetadata handWritten, ReferenceTable reference, IReadOnlySet<string> knownTables)
    {
        var primaryId = reference.PrimaryIdAttribute ?? handWritten.PrimaryIdAttribute;
        var fromReference = new Dictionary<string, ReferenceColumn>(StringComparer.Ordinal);
        foreach (var column in reference.Columns) fromReference[column.LogicalName] = column;
        // The page's primary name only when it is a column loaded here.
        var primaryName = reference.PrimaryNameAttribute is { } named && fromReference.TryGetValue(named, out var nameColumn) && !OmittedTypes.Contains(nameColumn.Type)
            ? named
            : handWritten.PrimaryNameAttribute;

        var columns = new List<ColumnMetadata>(Math.Max(handWritten.Columns.Count, reference.Columns.Count));
        foreach (var own in handWritten.Columns)
        {
            if (!fromReference.ContainsKey(own.LogicalName) && Implied.Contains(own.LogicalName)) continue;
            columns.Add(fromReference.TryGetValue(own.LogicalName, out var facts) && !OmittedTypes.Contains(facts.Type)
                ? ToColumn(facts, own, knownTables, primaryId, primaryName)
                : own);
        }
        foreach (var facts in reference.Columns)
        {
            if (OmittedTypes.Contains(facts.Type) || handWritten.HasColumn(facts.LogicalName)) continue;
            columns.Add(ToColumn(facts, null, knownTables, primaryId, primaryName));
        }

        var states = handWritten.States;
        var stateColumn = columns.Find(c => c.LogicalName == "statecode");
        if (stateColumn is not null && fromReference.ContainsKey("statecode"))
            states = StatesOf(stateColumn, columns.Find(c => c.LogicalName == "statuscode"));

        return new TableMetadata(columns)
        {
            LogicalName = handWritten.LogicalName,
            SchemaName = reference.SchemaName ?? handWritten.SchemaName,
            EntitySetName = reference.EntitySetName ?? handWritten.EntitySetName,
            PrimaryIdAttribute = primaryId,
            PrimaryNameAttribute = primaryName,
            DisplayName = handWritten.DisplayName,
            DisplayCollectionName = handWritten.DisplayCollectionName,
            Description = handWritten.Description,
            Ownership = reference.Ownership ?? handWritten.Ownership,
            IsActivity = handWritten.IsActivity,
            IsCustom = false,
            ObjectTypeCode = reference.ObjectTypeCode ?? handWritten.ObjectTypeCode,
            AlternateKeys = handWritten.AlternateKeys,
            States = states,
        };
    }

    /// <summary>The column the reference describes, keeping what only the hand-written one knows.</summary>
    public static ColumnMetadata ToColumn(ReferenceColumn facts, ColumnMetadata? own, IReadOnlySet<string> knownTables,
        string? primaryId, string? primaryName)
    {
        // A hand-written lookup without targets points at any table (asyncoperation.regardingobjectid:
        // every table, custom ones included, has its system jobs); it stays so.
        var anyTable = own is { IsLookup: true, Targets.Count: 0 };
        var targets = anyTable ? [] : KnownTargets(own is null ? facts.Targets : [.. facts.Targets, .. own.Targets], knownTables);
        var options = facts.Options;
        // Yes/no options in value order (No, then Yes), as the hand-written ones and the SDK's BooleanOptionSetMetadata list them.
        if (facts.Type == ColumnType.Boolean) options = options.OrderBy(o => o.Value).ToArray();
        // A choice keeps hand-written values the page lacks, each documented elsewhere (activityparty
        // participationtypemask 13 Related: https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity#activity-party-types).
        if (facts.Type is ColumnType.Picklist or ColumnType.MultiSelectPicklist && own is not null && options.Count > 0)
            options = [.. options, .. own.Options.Where(o => !facts.Options.Any(p => p.Value == o.Value))];
        if (facts.Type == ColumnType.State && own is not null)
        {
            // The page gives labels; the invariant names (Active, Resolved...) come from the hand-written states.
            options = options.Select(o => own.TryGetOption(o.Value, out var mine) ? o with { InvariantName = mine.InvariantName } : o).ToArray();
        }
        return new ColumnMetadata
        {
            LogicalName = facts.LogicalName,
            SchemaName = facts.SchemaName,
            Type = facts.Type,
            DisplayName = facts.DisplayName.Length > 0 ? facts.DisplayName : own?.DisplayName ?? "",
            Description = own?.Description,
            RequiredLevel = facts.RequiredLevel,
            Format = Format(facts.Format) ?? own?.Format,
            MaxLength = facts.MaxLength,
            MinValue = facts.MinValue,
            MaxValue = facts.MaxValue,
            Precision = facts.Precision,
            DateTimeBehavior = facts.DateTimeBehavior ?? own?.DateTimeBehavior,
            Targets = targets,
            HasNoKnownTarget = !anyTable && facts.Targets.Count > 0 && targets.Count == 0,
            Options = options.Count > 0 ? options : own?.Options ?? [],
            OptionSetName = own?.OptionSetName,
            IsGlobalChoice = own?.IsGlobalChoice ?? false,
            DefaultValue = facts.DefaultValue ?? own?.DefaultValue,
            IsValidForCreate = facts.IsValidForCreate,
            IsValidForUpdate = facts.IsValidForUpdate,
            IsValidForRead = true,
            IsPrimaryId = facts.LogicalName == primaryId,
            IsPrimaryName = facts.LogicalName == primaryName,
            IsCustom = false,
            IsSecured = own?.IsSecured ?? false,
            AutoNumberFormat = own?.AutoNumberFormat,
        };
    }

    /// <summary>
    /// A lookup keeps only the targets the local organization has: a value pointing at any other
    /// table is refused (that table does not exist here); a lookup with no known target can only be null.
    /// </summary>
    public static IReadOnlyList<string> KnownTargets(IReadOnlyList<string> targets, IReadOnlySet<string> knownTables)
    {
        if (targets.Count == 0) return [];
        var kept = new List<string>(targets.Count);
        foreach (var target in targets)
        {
            if (knownTables.Contains(target) && !kept.Contains(target)) kept.Add(target);
        }
        return kept;
    }

    /// <summary>The page's format names in the form Entity.xml and the hand-written tables use.</summary>
    private static string? Format(string? pageFormat) => pageFormat switch
    {
        null => null,
        "DateOnly" => "date",
        "DateAndTime" => "datetime",
        _ => pageFormat.ToLowerInvariant(),
    };

    /// <summary>
    /// The states from statecode (with each default status) and statuscode (with each status's
    /// state). A deprecated state may print a default status of another state (invoice: "Closed
    /// (deprecated)" defaults to 100003, a status of Canceled); such a state defaults to its own
    /// first status, since setting it must give a valid pair.
    /// </summary>
    private static IReadOnlyList<TableState> StatesOf(ColumnMetadata state, ColumnMetadata? status)
    {
        var states = ColumnFactory.StatesFrom(state, status);
        return states.Select(s => s.Statuses.Count > 0 && !s.Statuses.Contains(s.DefaultStatus) ? s with { DefaultStatus = s.Statuses[0] } : s).ToArray();
    }
}

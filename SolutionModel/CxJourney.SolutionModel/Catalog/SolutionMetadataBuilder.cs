using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Metadata.Standard;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Catalog;

/// <summary>
/// Turns a <see cref="SolutionDefinition"/> into table metadata on top of the standard tables:
/// resolves global choices into column options, lookup targets from relationships (and from the
/// platform's fixed targets of system columns), adds the columns every table has but an
/// Entity.xml may leave out, and derives states from statecode/statuscode.
/// </summary>
internal static class SolutionMetadataBuilder
{
    /// <summary>System lookups whose target the platform fixes; Entity.xml writes them with empty &lt;LookupTypes&gt;.</summary>
    private static readonly Dictionary<string, string[]> SystemLookupTargets = new(StringComparer.Ordinal)
    {
        ["createdby"] = ["systemuser"],
        ["modifiedby"] = ["systemuser"],
        ["createdonbehalfby"] = ["systemuser"],
        ["modifiedonbehalfby"] = ["systemuser"],
        ["owninguser"] = ["systemuser"],
        ["owningteam"] = ["team"],
        ["owningbusinessunit"] = ["businessunit"],
        ["organizationid"] = ["organization"],
        ["transactioncurrencyid"] = ["transactioncurrency"],
    };

    private const string OwnerPseudoTable = "owner";

    private sealed class Draft
    {
        public required string LogicalName { get; init; }
        public TableMetadata? Standard { get; init; }
        public TableDefinition? Definition { get; init; }
        public required List<ColumnMetadata> Columns { get; init; }

        /// <summary>Columns the solution defines, whose targets the builder must work out.</summary>
        public HashSet<string> SolutionColumns { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<string>> RelationshipTargets { get; } = new(StringComparer.Ordinal);

        public int IndexOf(string column) => Columns.FindIndex(c => c.LogicalName == column);
        public ColumnMetadata? Find(string column) => Columns.FirstOrDefault(c => c.LogicalName == column);
    }

    public static MetadataCatalog Build(SolutionDefinition solution, IReadOnlyList<TableMetadata> standard, List<SolutionIssue> issues)
    {
        var globals = new Dictionary<string, OptionSetDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in solution.GlobalOptionSets) globals.TryAdd(set.Name, set);

        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        foreach (var table in standard)
            drafts[table.LogicalName] = new Draft { LogicalName = table.LogicalName, Standard = table, Columns = table.Columns.ToList() };

        foreach (var definition in solution.Tables)
        {
            if (drafts.TryGetValue(definition.LogicalName, out var existing) && existing.Definition is null && existing.Standard is not null)
            {
                drafts[definition.LogicalName] = Merge(existing.Standard, definition, globals, issues);
            }
            else if (definition.IsPartial)
            {
                issues.Add(Error(definition.Source,
                    $"table '{definition.LogicalName}' only adds columns (its Entity.xml has no <OwnershipTypeMask>), but it is not a standard table the local organization knows; define the whole table"));
            }
            else if (!drafts.ContainsKey(definition.LogicalName))
            {
                drafts[definition.LogicalName] = Custom(definition, globals, issues);
            }
        }

        var relationships = Relationships(solution, drafts, issues);
        var typeCodes = standard.Where(t => t.ObjectTypeCode is not null).ToDictionary(t => t.ObjectTypeCode!.Value, t => t.LogicalName);
        foreach (var draft in drafts.Values) ResolveTargets(draft, typeCodes, issues);
        foreach (var draft in drafts.Values) CheckTargets(draft, drafts, issues);

        var tables = drafts.Values.Select(d => Finish(d, issues)).Where(t => t is not null).Select(t => t!).ToList();
        return new MetadataCatalog(tables, globals.Values, relationships);
    }

    // ---- tables --------------------------------------------------------------------------

    private static Draft Merge(TableMetadata standard, TableDefinition definition, Dictionary<string, OptionSetDefinition> globals, List<SolutionIssue> issues)
    {
        var draft = new Draft { LogicalName = standard.LogicalName, Standard = standard, Definition = definition, Columns = standard.Columns.ToList() };
        foreach (var column in definition.Columns)
        {
            var translated = Translate(column, globals, issues);
            var index = draft.IndexOf(column.LogicalName);
            if (index < 0)
            {
                draft.Columns.Add(translated);
                draft.SolutionColumns.Add(column.LogicalName);
                continue;
            }

            var builtIn = draft.Columns[index];
            if (builtIn.Type != translated.Type)
            {
                issues.Add(Error(column.Source,
                    $"column '{column.LogicalName}' of standard table '{standard.LogicalName}' is {builtIn.Type}, not {translated.Type}"));
                continue;
            }
            // A solution that exports a standard column restates it; it keeps the platform's targets
            // and, when the export carries no options, the platform's options.
            draft.Columns[index] = translated with
            {
                Targets = builtIn.Targets,
                Options = translated.Options.Count > 0 ? translated.Options : builtIn.Options,
                IsPrimaryId = builtIn.IsPrimaryId,
                IsPrimaryName = builtIn.IsPrimaryName,
            };
        }
        return draft;
    }

    private static Draft Custom(TableDefinition definition, Dictionary<string, OptionSetDefinition> globals, List<SolutionIssue> issues)
    {
        var draft = new Draft { LogicalName = definition.LogicalName, Definition = definition, Columns = new List<ColumnMetadata>() };
        foreach (var column in definition.Columns)
        {
            draft.Columns.Add(Translate(column, globals, issues));
            draft.SolutionColumns.Add(column.LogicalName);
        }

        if (!draft.Columns.Any(c => c.IsPrimaryId))
            draft.Columns.Insert(0, ColumnFactory.PrimaryKey(definition.SchemaName + "Id", definition.DisplayName));

        // A table made in Dataverse always has these columns; Entity.xml may leave some out (versionnumber).
        var implied = new List<ColumnMetadata>();
        if (definition.IsActivity) implied.AddRange(ColumnFactory.Activity(StandardTables.RegardingTargets));
        if (definition.Ownership == TableOwnership.UserOwned) implied.AddRange(ColumnFactory.UserOwnership());
        if (definition.Ownership == TableOwnership.OrganizationOwned) implied.AddRange(ColumnFactory.OrganizationOwnership());
        implied.AddRange(ColumnFactory.Common());
        if (draft.Find("statecode") is null && draft.Find("statuscode") is null)
        {
            var states = new[]
            {
                new TableState { Value = 0, Label = "Active", InvariantName = "Active", DefaultStatus = 1, Statuses = [1] },
                new TableState { Value = 1, Label = "Inactive", InvariantName = "Inactive", DefaultStatus = 2, Statuses = [2] },
            };
            implied.AddRange(ColumnFactory.StateAndStatus(states, new Dictionary<int, string> { [1] = "Active", [2] = "Inactive" }));
        }
        foreach (var column in implied)
        {
            if (draft.Find(column.LogicalName) is null) draft.Columns.Add(column);
        }
        return draft;
    }

    private static ColumnMetadata Translate(ColumnDefinition column, Dictionary<string, OptionSetDefinition> globals, List<SolutionIssue> issues)
    {
        IReadOnlyList<ChoiceOption> options = Array.Empty<ChoiceOption>();
        string? optionSetName = null;
        var isGlobal = false;
        if (column.GlobalOptionSetName is { } globalName)
        {
            optionSetName = globalName;
            isGlobal = true;
            if (globals.TryGetValue(globalName, out var set)) options = set.Options;
            else issues.Add(Error(column.Source,
                $"column '{column.LogicalName}' uses global option set '{globalName}', which Solution/ does not define (OptionSets/{globalName}.xml)"));
        }
        else if (column.LocalOptionSet is { } local)
        {
            options = local.Options;
            optionSetName = local.Name;
        }

        return new ColumnMetadata
        {
            LogicalName = column.LogicalName,
            SchemaName = column.SchemaName,
            Type = column.Type,
            DisplayName = column.DisplayName,
            Description = string.IsNullOrEmpty(column.Description) ? null : column.Description,
            RequiredLevel = column.RequiredLevel,
            Format = column.Format,
            MaxLength = column.MaxLength,
            MinValue = column.MinValue,
            MaxValue = column.MaxValue,
            Precision = column.Precision,
            DateTimeBehavior = column.DateTimeBehavior,
            Options = options,
            OptionSetName = optionSetName,
            IsGlobalChoice = isGlobal,
            DefaultValue = column.DefaultValue,
            IsValidForCreate = column.IsValidForCreate,
            IsValidForUpdate = column.IsValidForUpdate,
            IsValidForRead = column.IsValidForRead,
            IsPrimaryId = column.IsPrimaryId,
            IsPrimaryName = column.IsPrimaryName,
            IsCustom = column.IsCustom,
            IsSecured = column.IsSecured,
            AutoNumberFormat = column.AutoNumberFormat,
            Source = column.Source,
        };
    }

    // ---- relationships and lookup targets ------------------------------------------------

    private static List<RelationshipMetadata> Relationships(SolutionDefinition solution, Dictionary<string, Draft> drafts, List<SolutionIssue> issues)
    {
        var result = new List<RelationshipMetadata>();
        foreach (var relationship in solution.Relationships)
        {
            if (relationship.Kind == RelationshipKind.ManyToMany)
            {
                var first = relationship.FirstEntityName!.ToLowerInvariant();
                var second = relationship.SecondEntityName!.ToLowerInvariant();
                var known = true;
                foreach (var end in new[] { first, second })
                {
                    if (drafts.ContainsKey(end)) continue;
                    issues.Add(Error(relationship.Source, $"relationship '{relationship.Name}' joins table '{end}', which does not exist"));
                    known = false;
                }
                if (!known) continue;
                result.Add(new RelationshipMetadata
                {
                    SchemaName = relationship.Name,
                    Kind = RelationshipKind.ManyToMany,
                    FirstTable = first,
                    SecondTable = second,
                    IntersectTable = relationship.IntersectEntityName!.ToLowerInvariant(),
                    Source = relationship.Source,
                });
                continue;
            }

            var referencing = relationship.ReferencingTable!;
            var referenced = relationship.ReferencedTable!;
            var attribute = relationship.ReferencingAttribute!;
            // owner_<table> describes ownerid, whose targets (user or team) the owner type already fixes.
            if (referenced == OwnerPseudoTable) continue;

            if (!drafts.TryGetValue(referencing, out var draft))
            {
                issues.Add(Error(relationship.Source, $"relationship '{relationship.Name}' starts from table '{referencing}', which does not exist"));
                continue;
            }
            if (!drafts.ContainsKey(referenced))
            {
                issues.Add(Error(relationship.Source, $"relationship '{relationship.Name}' points at table '{referenced}', which does not exist"));
                continue;
            }
            var column = draft.Find(attribute);
            if (column is null || !(column.IsLookup || column.Type == ColumnType.PartyList))
            {
                issues.Add(Error(relationship.Source, column is null
                    ? $"relationship '{relationship.Name}' names column '{attribute}', which table '{referencing}' does not have"
                    : $"relationship '{relationship.Name}' names column '{attribute}' of '{referencing}', which is {column.Type}, not a lookup"));
                continue;
            }

            if (!draft.RelationshipTargets.TryGetValue(attribute, out var targets))
                draft.RelationshipTargets[attribute] = targets = new List<string>();
            if (!targets.Contains(referenced)) targets.Add(referenced);

            result.Add(new RelationshipMetadata
            {
                SchemaName = relationship.Name,
                Kind = RelationshipKind.OneToMany,
                ReferencedTable = referenced,
                ReferencingTable = referencing,
                ReferencingAttribute = attribute,
                CascadeAssign = relationship.CascadeAssign ?? CascadeRule.NoCascade,
                CascadeDelete = relationship.CascadeDelete ?? CascadeRule.RemoveLink,
                CascadeReparent = relationship.CascadeReparent ?? CascadeRule.NoCascade,
                CascadeShare = relationship.CascadeShare ?? CascadeRule.NoCascade,
                CascadeUnshare = relationship.CascadeUnshare ?? CascadeRule.NoCascade,
                CascadeArchive = relationship.CascadeArchive ?? CascadeRule.NoCascade,
                IsHierarchical = relationship.IsHierarchical,
                Source = relationship.Source,
            });
        }
        return result;
    }

    private static void ResolveTargets(Draft draft, Dictionary<int, string> typeCodes, List<SolutionIssue> issues)
    {
        for (var i = 0; i < draft.Columns.Count; i++)
        {
            var column = draft.Columns[i];
            if (!(column.IsLookup || column.Type == ColumnType.PartyList)) continue;
            draft.RelationshipTargets.TryGetValue(column.LogicalName, out var fromRelationships);

            if (!draft.SolutionColumns.Contains(column.LogicalName))
            {
                // A platform column that a solution relationship extends (task.regardingobjectid -> cx_journey).
                if (fromRelationships is not null)
                    draft.Columns[i] = column with { Targets = column.Targets.Concat(fromRelationships).Distinct().ToArray() };
                continue;
            }

            var targets = new List<string>();
            if (column.Type == ColumnType.Owner) targets.AddRange(["systemuser", "team"]);
            if (fromRelationships is not null) targets.AddRange(fromRelationships);
            var definition = draft.Definition?.Columns.FirstOrDefault(c => c.LogicalName == column.LogicalName);
            foreach (var code in definition?.LookupTypeCodes ?? [])
            {
                if (typeCodes.TryGetValue(code, out var table)) targets.Add(table);
                else if (code != 0) issues.Add(Error(column.Source!, $"column '{column.LogicalName}' lists lookup type {code}, which is no known table"));
            }
            if (targets.Count == 0 && SystemLookupTargets.TryGetValue(column.LogicalName, out var system)) targets.AddRange(system);
            if (targets.Count == 0 && column.LogicalName == "regardingobjectid" && draft.Definition?.IsActivity == true)
                targets.AddRange(StandardTables.RegardingTargets);
            if (targets.Count == 0 && column.Type == ColumnType.Customer) targets.AddRange(["account", "contact"]);
            if (targets.Count == 0 && column.Type == ColumnType.Lookup)
            {
                issues.Add(Error(column.Source!,
                    $"lookup column '{column.LogicalName}' of table '{draft.LogicalName}' has no target: no one-to-many relationship in Other/Relationships/ names it"));
            }
            draft.Columns[i] = column with { Targets = targets.Distinct().ToArray() };
        }
    }

    private static void CheckTargets(Draft draft, Dictionary<string, Draft> drafts, List<SolutionIssue> issues)
    {
        foreach (var column in draft.Columns)
        {
            if (column.Source is null) continue;
            foreach (var target in column.Targets)
            {
                if (!drafts.ContainsKey(target))
                    issues.Add(Error(column.Source, $"column '{column.LogicalName}' of '{draft.LogicalName}' points at table '{target}', which does not exist"));
            }
        }
    }

    // ---- finishing -------------------------------------------------------------------------

    private static TableMetadata? Finish(Draft draft, List<SolutionIssue> issues)
    {
        var standard = draft.Standard;
        var definition = draft.Definition;
        if (definition is null) return standard;

        var primaryId = standard?.PrimaryIdAttribute ?? draft.Columns.First(c => c.IsPrimaryId).LogicalName;
        var primaryName = standard?.PrimaryNameAttribute ?? draft.Columns.FirstOrDefault(c => c.IsPrimaryName)?.LogicalName;
        if (primaryName is null && definition.IsActivity && draft.Find("subject") is not null) primaryName = "subject";
        if (primaryName is null && standard is null)
            issues.Add(Error(definition.Source, $"table '{draft.LogicalName}' has no primary name column (no attribute has PrimaryName in its <DisplayMask>)"));

        var keys = (standard?.AlternateKeys ?? []).ToList();
        foreach (var key in definition.AlternateKeys)
        {
            var missing = key.KeyAttributes.Where(a => draft.Find(a) is null).ToList();
            if (missing.Count > 0)
            {
                issues.Add(Error(key.Source, $"alternate key '{key.SchemaName}' uses column(s) {string.Join(", ", missing)}, which table '{draft.LogicalName}' does not have"));
                continue;
            }
            keys.RemoveAll(k => k.LogicalName == key.LogicalName);
            keys.Add(new AlternateKeyMetadata
            {
                LogicalName = key.LogicalName,
                SchemaName = key.SchemaName,
                DisplayName = key.DisplayName,
                KeyAttributes = key.KeyAttributes,
                Source = key.Source,
            });
        }

        var states = States(draft, issues);
        try
        {
            return new TableMetadata(draft.Columns)
            {
                LogicalName = draft.LogicalName,
                SchemaName = standard?.SchemaName ?? definition.SchemaName,
                EntitySetName = standard?.EntitySetName ?? definition.EntitySetName ?? Plural(draft.LogicalName),
                PrimaryIdAttribute = primaryId,
                PrimaryNameAttribute = primaryName,
                DisplayName = standard?.DisplayName ?? definition.DisplayName,
                DisplayCollectionName = standard?.DisplayCollectionName ?? definition.DisplayCollectionName,
                Description = standard?.Description ?? definition.Description,
                Ownership = standard?.Ownership ?? definition.Ownership ?? TableOwnership.UserOwned,
                IsActivity = standard?.IsActivity ?? definition.IsActivity,
                IsCustom = standard is null,
                ObjectTypeCode = standard?.ObjectTypeCode,
                AlternateKeys = keys,
                States = states,
                Source = definition.Source,
            };
        }
        catch (ArgumentException ex)
        {
            issues.Add(Error(definition.Source, ex.Message));
            return null;
        }
    }

    private static IReadOnlyList<TableState> States(Draft draft, List<SolutionIssue> issues)
    {
        var stateColumn = draft.Find("statecode");
        var statusColumn = draft.Find("statuscode");
        if (stateColumn is null) return draft.Standard?.States ?? [];

        var definedHere = draft.Definition!.Columns.Any(c => c.LogicalName is "statecode" or "statuscode");
        if (!definedHere && draft.Standard is not null) return draft.Standard.States;

        var states = ColumnFactory.StatesFrom(stateColumn, statusColumn);
        var source = (statusColumn?.Source ?? stateColumn.Source ?? draft.Definition.Source)!;
        foreach (var status in statusColumn?.Options ?? [])
        {
            if (status.State is not { } state || states.All(s => s.Value != state))
                issues.Add(Error(source, $"status {status.Value} '{status.Label}' of '{draft.LogicalName}' belongs to state {status.State}, which statecode does not have"));
        }
        if (statusColumn is not null)
        {
            foreach (var state in states)
            {
                if (!state.Statuses.Contains(state.DefaultStatus))
                    issues.Add(Error(stateColumn.Source ?? source, $"state {state.Value} '{state.Label}' of '{draft.LogicalName}' has default status {state.DefaultStatus}, which is not one of its statuses"));
            }
        }
        return states;
    }

    /// <summary>
    /// The collection name when Entity.xml leaves out &lt;EntitySetName&gt; (older exports): the
    /// platform pluralizes the logical name the English way.
    /// </summary>
    internal static string Plural(string logicalName)
    {
        if (logicalName.EndsWith('y') && logicalName.Length > 1 && !"aeiou".Contains(logicalName[^2]))
            return logicalName[..^1] + "ies";
        if (logicalName.EndsWith('s') || logicalName.EndsWith('x') || logicalName.EndsWith('z')
            || logicalName.EndsWith("ch", StringComparison.Ordinal) || logicalName.EndsWith("sh", StringComparison.Ordinal))
            return logicalName + "es";
        return logicalName + "s";
    }

    private static SolutionIssue Error(SourceLocation location, string message) => new(IssueSeverity.Error, location, message);
}

using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Tests.Solution;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Metadata.Standard;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Tests.Metadata;

/// <summary>
/// Ties the standard-table reference files (SolutionModel/.../Metadata/Standard/Reference/*.tsv,
/// transcribed from Microsoft's table/column reference, each naming its page) to what the local
/// organization loads. The tests enumerate the embedded files, so every file added is checked.
/// </summary>
public class StandardReferenceTieTests
{
    /// <summary>
    /// Tables the Dynamics 365 apps add to platform lookups, which the Dataverse pages do not list: the
    /// ce reference's "Customized columns" (e.g. email RegardingObjectId adds incident, invoice, lead,
    /// opportunity, salesorder). A hand-written target may add these; party lists may also take any
    /// party table the emulator knows (a received email's sender resolved to a contact).
    /// </summary>
    // https://learn.microsoft.com/dynamics365/developer/reference/entities/email#BKMK_RegardingObjectId
    private static readonly string[] DynamicsTables = ["incident", "opportunity", "lead", "salesorder", "invoice", "incidentresolution", "opportunityclose"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in StandardReference.FileNames()) data.Add(name);
        return data;
    }

    [Fact]
    public void Every_reference_file_is_embedded_and_reads()
    {
        var names = StandardReference.FileNames();
        Assert.NotEmpty(names);
        Assert.Equal(names.Count, StandardReference.Tables.Count);
        foreach (var table in StandardReference.Tables.Values) Assert.StartsWith("https://learn.microsoft.com/", table.Page);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_standard_catalog_has_every_reference_column_as_the_page_gives_it(string file)
        => AssertLoaded(MetadataCatalog.Standard, file);

    [Theory]
    [MemberData(nameof(Files))]
    public void The_organization_with_the_product_solution_keeps_every_reference_column(string file)
        => AssertLoaded(ProductSolutionFiles.Catalog, file);

    [Theory]
    [MemberData(nameof(Files))]
    public void Hand_written_columns_do_not_contradict_the_reference(string file)
    {
        var reference = StandardReference.Tables[file[..^4]];
        var handWritten = StandardTables.HandWritten().Single(t => t.LogicalName == reference.LogicalName);
        var known = StandardTables.HandWritten().Select(t => t.LogicalName).ToHashSet();
        var problems = new List<string>();
        foreach (var facts in reference.Columns)
        {
            if (!handWritten.TryGetColumn(facts.LogicalName, out var own)) continue;
            if (own.Type != facts.Type) problems.Add($"{facts.LogicalName}: type {own.Type}, the page says {facts.TypeName}");
            if (own.MaxLength != facts.MaxLength) problems.Add($"{facts.LogicalName}: max length {own.MaxLength}, the page says {facts.MaxLength}");
            if (own.MinValue != facts.MinValue || own.MaxValue != facts.MaxValue)
                problems.Add($"{facts.LogicalName}: range {own.MinValue}..{own.MaxValue}, the page says {facts.MinValue}..{facts.MaxValue}");
            var pageTargets = ReferenceMerge.KnownTargets(facts.Targets, known);
            var allowed = facts.Type == ColumnType.PartyList || (reference.LogicalName, facts.LogicalName) == ("activityparty", "partyid")
                ? DynamicsTables.Concat(StandardTables.PartyTargets)
                : DynamicsTables;
            var beyond = own.Targets.Except(pageTargets).Except(allowed).ToArray();
            if (beyond.Length > 0)
                problems.Add($"{facts.LogicalName}: targets {string.Join(",", beyond)} beyond the page's {string.Join(",", pageTargets)} (of those known here)");
        }
        Assert.True(problems.Count == 0, $"{file} ({reference.Page}):\n" + string.Join("\n", problems));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/plugintracelog (no ModifiedOn column)
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/team (no TimeZoneRuleVersionNumber column)
    [Fact]
    public void A_column_every_table_of_its_kind_has_is_left_out_where_the_page_lists_none()
    {
        Assert.False(MetadataCatalog.Standard.GetTable("plugintracelog").HasColumn("modifiedon"));
        Assert.False(MetadataCatalog.Standard.GetTable("team").HasColumn("timezoneruleversionnumber"));
        Assert.True(MetadataCatalog.Standard.GetTable("contact").HasColumn("timezoneruleversionnumber"));
        // Every row carries versionnumber (the organization's row version), listed or not.
        Assert.True(MetadataCatalog.Standard.GetTable("plugintracelog").HasColumn("versionnumber"));
    }

    private static void AssertLoaded(MetadataCatalog catalog, string file)
    {
        var reference = StandardReference.Tables[file[..^4]];
        var table = catalog.GetTable(reference.LogicalName);
        var problems = new List<string>();
        if (reference.EntitySetName is { } set && table.EntitySetName != set) problems.Add($"entity set {table.EntitySetName}, the page says {set}");
        if (reference.PrimaryIdAttribute is { } id && table.PrimaryIdAttribute != id) problems.Add($"primary id {table.PrimaryIdAttribute}, the page says {id}");
        foreach (var facts in reference.Columns)
        {
            var where = $"{facts.LogicalName} (line {facts.Line})";
            var loaded = table.TryGetColumn(facts.LogicalName, out var column);
            if (ReferenceMerge.OmittedTypes.Contains(facts.Type))
            {
                // Virtual, Image, File, ManagedProperty and CalendarRules columns are left out (see ReferenceMerge).
                if (loaded) problems.Add($"{where}: a {facts.TypeName} column, which the organization leaves out, is loaded");
                continue;
            }
            if (!loaded)
            {
                problems.Add($"{where}: missing");
                continue;
            }
            if (column!.Type != facts.Type) problems.Add($"{where}: type {column.Type}, the page says {facts.TypeName}");
            if (column.RequiredLevel != facts.RequiredLevel) problems.Add($"{where}: required {column.RequiredLevel}, the page says {facts.RequiredLevel}");
            if (column.MaxLength != facts.MaxLength) problems.Add($"{where}: max length {column.MaxLength}, the page says {facts.MaxLength}");
            if (column.MinValue != facts.MinValue || column.MaxValue != facts.MaxValue)
                problems.Add($"{where}: range {column.MinValue}..{column.MaxValue}, the page says {facts.MinValue}..{facts.MaxValue}");
            if (column.IsValidForCreate != facts.IsValidForCreate || column.IsValidForUpdate != facts.IsValidForUpdate)
                problems.Add($"{where}: create/update {column.IsValidForCreate}/{column.IsValidForUpdate}, the page says {facts.IsValidForCreate}/{facts.IsValidForUpdate}");
            // Only targets the organization has are kept; a solution relationship may add its own tables.
            var expected = facts.Targets.Where(catalog.ContainsTable).Distinct().ToArray();
            var missingTargets = expected.Except(column.Targets).ToArray();
            var handWritten = StandardTables.HandWritten().Single(t => t.LogicalName == reference.LogicalName);
            var added = handWritten.TryGetColumn(facts.LogicalName, out var own) ? own.Targets : [];
            // A hand-written lookup without targets points at any table (asyncoperation.regardingobjectid).
            if (own is { IsLookup: true, Targets.Count: 0 }) continue;
            var extra = column.Targets.Except(expected).Except(added).Where(t => !catalog.GetTable(t).IsCustom).ToArray();
            if (missingTargets.Length > 0 || extra.Length > 0)
                problems.Add($"{where}: targets {string.Join(",", column.Targets)}, the page says {string.Join(",", expected)} (of those known here)");
        }
        Assert.True(problems.Count == 0, $"{file} ({reference.Page}):\n" + string.Join("\n", problems));
    }
}

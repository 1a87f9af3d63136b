using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Reading;
using CxJourney.SolutionModel.Schema;
using CxJourney.Tests.Shared;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>
/// The repository's own Solution/ (the product, not a fixture): it must read and build a catalog
/// with no issue at all, and keep the shape the plugins rely on. The Model constants of the plugin
/// assembly are tied to it in CxJourney.Plugins.Tests (ProductSolutionModelTests).
/// </summary>
public sealed class ProductSolutionTests
{
    private const string Prefix = "cx_";
    private const int OptionValuePrefix = 61750;

    private static readonly Lazy<(SolutionDefinition Solution, MetadataCatalog Catalog, IReadOnlyList<SolutionIssue> Issues)> Loaded = new(() =>
    {
        var read = SolutionReader.Analyze(Path.Combine(RepoPaths.Root, "Solution"));
        var solution = read.Solution ?? throw new InvalidOperationException(string.Join(Environment.NewLine, read.Issues));
        var built = MetadataCatalog.Analyze(solution);
        return (solution, built.Catalog, read.Issues.Concat(built.Issues).ToList());
    });

    private static SolutionDefinition Solution => Loaded.Value.Solution;
    private static MetadataCatalog Catalog => Loaded.Value.Catalog;

    private static readonly string[] CustomTables = ["cx_journey", "cx_touchpoint", "cx_feedback", "cx_casescore"];

    /// <summary>The one custom table that is organization-owned: the settings copy, one row per organization, no one's record.</summary>
    private const string SettingsCopyTable = "cx_settingscopy";

    [Fact]
    public void Reads_and_builds_without_errors_or_warnings()
    {
        Assert.Empty(Loaded.Value.Issues.Select(i => i.ToString()));

        // The throwing entry points agree with Analyze.
        var solution = SolutionReader.Read(Path.Combine(RepoPaths.Root, "Solution"));
        Assert.Empty(solution.Warnings);
        MetadataCatalog.Create(solution);
    }

    [Fact]
    public void Manifest_names_the_product_and_its_publisher()
    {
        var manifest = Solution.Manifest;
        Assert.Equal("CxJourney", manifest.UniqueName);
        Assert.Equal("CxJourney – customer experience journeys", manifest.LocalizedName);
        Assert.False(string.IsNullOrWhiteSpace(manifest.Description));
        Assert.Equal("1.0.0.0", manifest.Version);
        Assert.Equal(SolutionPackageKind.Unmanaged, manifest.Managed);
        Assert.Equal("cxjourney", manifest.Publisher.UniqueName);
        Assert.Equal("cx", manifest.Publisher.CustomizationPrefix);
        Assert.Equal(OptionValuePrefix, manifest.Publisher.OptionValuePrefix);
        Assert.Equal(new[] { 1033 }, Solution.Languages);
    }

    [Fact]
    public void Root_components_list_every_table_choice_and_environment_variable()
    {
        var roots = Solution.Manifest.RootComponents;
        string[] Named(int type) => roots.Where(r => r.Type == type).Select(r => r.SchemaName!.ToLowerInvariant()).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Solution.Tables.Select(t => t.LogicalName).Order(StringComparer.Ordinal), Named(1));
        Assert.Equal(Solution.GlobalOptionSets.Select(o => o.Name.ToLowerInvariant()).Order(StringComparer.Ordinal), Named(9));
        Assert.Equal(Solution.EnvironmentVariables.Select(v => v.SchemaName.ToLowerInvariant()).Order(StringComparer.Ordinal), Named(380));
        // A standard table the solution only adds columns to travels as a shell (behavior 2), a custom table whole (0).
        foreach (var root in roots.Where(r => r.Type == 1))
            Assert.Equal(CustomTables.Contains(root.SchemaName) || root.SchemaName == SettingsCopyTable ? 0 : 2, root.Behavior);
    }

    [Fact]
    public void Custom_tables_are_user_owned_with_a_primary_name()
    {
        foreach (var name in CustomTables)
        {
            var table = Catalog.GetTable(name);
            Assert.True(table.IsCustom, name);
            Assert.Equal(TableOwnership.UserOwned, table.Ownership);
            Assert.Equal("cx_name", table.PrimaryNameAttribute);
            Assert.Equal(RequiredLevel.ApplicationRequired, table.GetColumn("cx_name").RequiredLevel);
            Assert.Equal(name + "id", table.PrimaryIdAttribute);
            Assert.True(table.HasColumn("ownerid"), name);
            Assert.False(string.IsNullOrWhiteSpace(table.Description), name);
        }
        Assert.Equal("cx_journeys", Catalog.GetTable("cx_journey").EntitySetName);
        // The settings copy belongs to the organization: business-unit security has nothing to scope in it.
        var copy = Catalog.GetTable(SettingsCopyTable);
        Assert.Equal(TableOwnership.OrganizationOwned, copy.Ownership);
        Assert.False(copy.HasColumn("ownerid"));
        Assert.Equal("cx_name", copy.PrimaryNameAttribute);
    }

    [Theory]
    [InlineData("cx_journey", "cx_journey_contact", new[] { "cx_contactid" })]
    [InlineData("cx_touchpoint", "cx_touchpoint_sourcekey", new[] { "cx_sourcetable", "cx_sourceid", "cx_kind", "cx_contactid" })]
    [InlineData("cx_feedback", "cx_feedback_sourcereference", new[] { "cx_sourcereference" })]
    [InlineData("cx_casescore", "cx_casescore_case", new[] { "cx_caseid" })]
    public void Alternate_keys_make_upserts_idempotent(string table, string key, string[] columns)
    {
        var metadata = Catalog.GetTable(table);
        var found = metadata.FindAlternateKey(key);
        Assert.NotNull(found);
        Assert.Equal(columns, found.KeyAttributes);
        // A key column left empty would let duplicates in, so every key column must be required.
        foreach (var column in columns)
            Assert.Equal(RequiredLevel.ApplicationRequired, metadata.GetColumn(column).RequiredLevel);
    }

    [Fact]
    public void Touchpoint_source_id_is_text_a_guid_fits_in()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
        // (a key cannot include a unique identifier column, so the source id is kept as text)
        var sourceId = Catalog.GetColumn("cx_touchpoint", "cx_sourceid");
        Assert.Equal(ColumnType.String, sourceId.Type);
        Assert.Equal(Guid.Empty.ToString().Length, sourceId.MaxLength);
        Assert.Equal(64, Catalog.GetColumn("cx_touchpoint", "cx_sourcetable").MaxLength);
    }

    [Fact]
    public void Every_custom_name_carries_the_publisher_prefix()
    {
        foreach (var table in Solution.Tables)
        {
            if (!table.IsPartial) Assert.StartsWith(Prefix, table.LogicalName, StringComparison.Ordinal);
            foreach (var column in table.Columns.Where(c => c.IsCustom))
                Assert.StartsWith(Prefix, column.LogicalName, StringComparison.Ordinal);
            // A partial (standard) table carries only what the solution adds.
            if (table.IsPartial) Assert.All(table.Columns, c => Assert.True(c.IsCustom, $"{table.LogicalName}.{c.LogicalName}"));
            foreach (var key in table.AlternateKeys)
                Assert.StartsWith(Prefix, key.LogicalName, StringComparison.Ordinal);
        }
        Assert.All(Solution.GlobalOptionSets, o => Assert.StartsWith(Prefix, o.Name, StringComparison.Ordinal));
        Assert.All(Solution.Relationships, r => Assert.StartsWith(Prefix, r.Name, StringComparison.Ordinal));
        Assert.All(Solution.EnvironmentVariables, v => Assert.StartsWith(Prefix, v.SchemaName, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_cx_column_has_a_display_name_description_and_limits()
    {
        var columns = Solution.Tables.SelectMany(t => t.Columns.Where(c => c.LogicalName.StartsWith(Prefix, StringComparison.Ordinal)).Select(c => (t, c))).ToList();
        Assert.True(columns.Count > 100, $"only {columns.Count} cx_ columns");
        foreach (var (table, column) in columns)
        {
            var where = $"{table.LogicalName}.{column.LogicalName}";
            Assert.False(string.IsNullOrWhiteSpace(column.DisplayName), where);
            Assert.NotEqual(column.SchemaName, column.DisplayName);
            Assert.False(string.IsNullOrWhiteSpace(column.Description), where);
            switch (column.Type)
            {
                case ColumnType.String:
                case ColumnType.Memo:
                    Assert.True(column.MaxLength > 0, where);
                    break;
                case ColumnType.Integer:
                case ColumnType.Decimal:
                case ColumnType.Double:
                    Assert.True(column.MinValue is not null && column.MaxValue is not null && column.MinValue < column.MaxValue, where);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("cx_feedback", "cx_csat", 1, 5)]
    [InlineData("cx_feedback", "cx_ces", 1, 7)]
    [InlineData("cx_feedback", "cx_nps", 0, 10)]
    [InlineData("cx_journey", "cx_healthscore", 0, 100)]
    [InlineData("cx_casescore", "cx_compositescore", 0, 100)]
    [InlineData("cx_touchpoint", "cx_sentiment", -1, 1)]
    [InlineData("cx_journey", "cx_sentimenttrend", -2, 2)]
    public void Score_columns_have_the_scale_of_their_measure(string table, string column, int min, int max)
    {
        var metadata = Catalog.GetColumn(table, column);
        Assert.Equal(min, metadata.MinValue);
        Assert.Equal(max, metadata.MaxValue);
    }

    [Fact]
    public void Global_choices_use_the_publisher_option_values_with_labels_and_descriptions()
    {
        Assert.Equal(
            ["cx_channel", "cx_direction", "cx_feedbackband", "cx_followuprule", "cx_journeystage", "cx_npscategory",
             "cx_resolvebysource", "cx_scoresource", "cx_segment", "cx_touchpointkind", "cx_touchpointstatus", "cx_trenddirection"],
            Solution.GlobalOptionSets.Select(o => o.Name).Order(StringComparer.Ordinal));
        foreach (var set in Solution.GlobalOptionSets)
        {
            Assert.True(set.IsGlobal, set.Name);
            Assert.False(string.IsNullOrWhiteSpace(set.DisplayName), set.Name);
            Assert.False(string.IsNullOrWhiteSpace(set.Description), set.Name);
            // Values run 617500000, 617500001, ... in each set, so they read as "ours" in any export.
            Assert.Equal(Enumerable.Range(0, set.Options.Count).Select(i => OptionValuePrefix * 10000 + i), set.Options.Select(o => o.Value));
            Assert.All(set.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Label), $"{set.Name} {o.Value}"));
            Assert.All(set.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Description), $"{set.Name} {o.Value}"));
            Assert.Equal(set.Options.Count, set.Options.Select(o => o.Label).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Fact]
    public void Channel_choice_covers_what_touchpoints_are_captured_from()
    {
        var labels = Solution.FindGlobalOptionSet("cx_channel")!.Options.Select(o => o.Label).ToArray();
        foreach (var label in new[] { "Email", "Phone", "Appointment", "Chat", "SMS", "Social", "Web", "In-store kiosk", "Survey", "Case", "Order", "Letter", "Task" })
            Assert.Contains(label, labels);
        // One whole-number count column per channel on the journey.
        var counts = Catalog.GetTable("cx_journey").Columns
            .Count(c => c.LogicalName.EndsWith("count", StringComparison.Ordinal) && c.Type == ColumnType.Integer
                        && c.LogicalName is not ("cx_inboundcount" or "cx_outboundcount" or "cx_internalcount"));
        Assert.Equal(labels.Length, counts);
    }

    [Theory]
    [InlineData("cx_touchpoint", "cx_channel", "cx_channel", RequiredLevel.ApplicationRequired)]
    [InlineData("cx_touchpoint", "cx_direction", "cx_direction", RequiredLevel.ApplicationRequired)]
    [InlineData("cx_touchpoint", "cx_kind", "cx_touchpointkind", RequiredLevel.ApplicationRequired)]
    [InlineData("cx_touchpoint", "cx_journeystage", "cx_journeystage", RequiredLevel.None)]
    [InlineData("cx_journey", "cx_stage", "cx_journeystage", RequiredLevel.None)]
    [InlineData("cx_journey", "cx_npscategory", "cx_npscategory", RequiredLevel.None)]
    [InlineData("cx_casescore", "cx_csatsource", "cx_scoresource", RequiredLevel.None)]
    [InlineData("cx_casescore", "cx_resolvebysource", "cx_resolvebysource", RequiredLevel.None)]
    [InlineData("cx_feedback", "cx_channel", "cx_channel", RequiredLevel.ApplicationRequired)]
    [InlineData("task", "cx_followuprule", "cx_followuprule", RequiredLevel.None)]
    [InlineData("phonecall", "cx_followuprule", "cx_followuprule", RequiredLevel.None)]
    [InlineData("email", "cx_followuprule", "cx_followuprule", RequiredLevel.None)]
    [InlineData("contact", "cx_segment", "cx_segment", RequiredLevel.None)]
    [InlineData("account", "cx_segment", "cx_segment", RequiredLevel.None)]
    public void Choice_columns_use_their_global_choice(string table, string column, string optionSet, RequiredLevel required)
    {
        var metadata = Catalog.GetColumn(table, column);
        Assert.Equal(ColumnType.Picklist, metadata.Type);
        Assert.True(metadata.IsGlobalChoice);
        Assert.Equal(optionSet, metadata.OptionSetName);
        Assert.Equal(Solution.FindGlobalOptionSet(optionSet)!.Options.Select(o => o.Value), metadata.Options.Select(o => o.Value));
        Assert.Equal(required, metadata.RequiredLevel);
        Assert.Null(metadata.DefaultValue);
    }

    [Theory]
    [InlineData("task")]
    [InlineData("phonecall")]
    [InlineData("email")]
    public void Follow_up_activities_carry_rule_and_dedupe_key(string table)
    {
        var key = Catalog.GetColumn(table, "cx_followupkey");
        Assert.Equal(ColumnType.String, key.Type);
        Assert.Equal(200, key.MaxLength);
        Assert.True(Catalog.GetTable(table).HasColumn("subject"), "the standard columns are still there");
    }

    [Theory]
    [InlineData("cx_contact_cx_journey", "cx_journey", "cx_contactid", "contact", CascadeRule.Cascade, true)]
    [InlineData("cx_contact_cx_touchpoint", "cx_touchpoint", "cx_contactid", "contact", CascadeRule.Cascade, true)]
    [InlineData("cx_contact_cx_feedback", "cx_feedback", "cx_contactid", "contact", CascadeRule.Cascade, true)]
    [InlineData("cx_contact_cx_casescore", "cx_casescore", "cx_contactid", "contact", CascadeRule.RemoveLink, false)]
    [InlineData("cx_incident_cx_touchpoint", "cx_touchpoint", "cx_caseid", "incident", CascadeRule.RemoveLink, false)]
    [InlineData("cx_incident_cx_feedback", "cx_feedback", "cx_caseid", "incident", CascadeRule.RemoveLink, false)]
    [InlineData("cx_incident_cx_casescore", "cx_casescore", "cx_caseid", "incident", CascadeRule.Cascade, true)]
    [InlineData("cx_journey_cx_touchpoint", "cx_touchpoint", "cx_journeyid", "cx_journey", CascadeRule.RemoveLink, false)]
    [InlineData("cx_journey_cx_casescore", "cx_casescore", "cx_journeyid", "cx_journey", CascadeRule.RemoveLink, false)]
    [InlineData("cx_systemuser_cx_touchpoint_agent", "cx_touchpoint", "cx_agentid", "systemuser", CascadeRule.RemoveLink, false)]
    [InlineData("cx_systemuser_cx_casescore_agent", "cx_casescore", "cx_agentid", "systemuser", CascadeRule.RemoveLink, false)]
    public void Lookups_have_their_relationship_and_cascade_rules(string name, string child, string column, string parent, CascadeRule delete, bool parental)
    {
        Assert.True(Catalog.TryGetRelationship(name, out var relationship), name);
        Assert.Equal(child, relationship.ReferencingTable);
        Assert.Equal(column, relationship.ReferencingAttribute);
        Assert.Equal(parent, relationship.ReferencedTable);
        Assert.Equal(delete, relationship.CascadeDelete);
        // Parental: the child follows the parent's owner and sharing; referential: it keeps its own.
        var security = parental ? CascadeRule.Cascade : CascadeRule.NoCascade;
        Assert.Equal(security, relationship.CascadeAssign);
        Assert.Equal(security, relationship.CascadeShare);
        Assert.Equal(security, relationship.CascadeUnshare);
        Assert.Equal(security, relationship.CascadeReparent);
        Assert.Equal(new[] { parent }, Catalog.GetColumn(child, column).Targets);
    }

    [Fact]
    public void Every_lookup_has_exactly_one_relationship_and_each_table_at_most_one_parent()
    {
        // The catalog also holds the platform's own relationships among standard tables; these are the solution's.
        var names = Solution.Relationships.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var oneToMany = Catalog.Relationships.Where(r => r.Kind == RelationshipKind.OneToMany && names.Contains(r.SchemaName)).ToList();
        Assert.Equal(Solution.Relationships.Count, oneToMany.Count);
        Assert.Equal(Solution.Relationships.Select(r => r.Name).Order(StringComparer.Ordinal), Solution.RelationshipIndex.Order(StringComparer.Ordinal));
        foreach (var table in Solution.Tables.Where(t => !t.IsPartial))
        {
            foreach (var lookup in table.Columns.Where(c => c.Type == ColumnType.Lookup && c.IsCustom))
                Assert.Single(oneToMany, r => r.ReferencingTable == table.LogicalName && r.ReferencingAttribute == lookup.LogicalName);
        }
        // https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
        // A referencing table may have only one parental (cascade-delete) relationship.
        foreach (var group in oneToMany.GroupBy(r => r.ReferencingTable))
            Assert.True(group.Count(r => r.CascadeDelete == CascadeRule.Cascade) <= 1, group.Key);
    }

    [Fact]
    public void Environment_variables_ship_valid_defaults()
    {
        var expected = new Dictionary<string, EnvironmentVariableType>
        {
            ["cx_BusinessCalendar"] = EnvironmentVariableType.Json,
            ["cx_CxTeamQueue"] = EnvironmentVariableType.String,
            ["cx_FollowUpRules"] = EnvironmentVariableType.Json,
            ["cx_FollowUpThrottle"] = EnvironmentVariableType.Json,
            ["cx_JourneySettings"] = EnvironmentVariableType.Json,
            ["cx_ScoringWeights"] = EnvironmentVariableType.Json,
        };
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Solution.EnvironmentVariables.Select(v => v.SchemaName).Order(StringComparer.Ordinal));
        foreach (var variable in Solution.EnvironmentVariables)
        {
            Assert.Equal(expected[variable.SchemaName], variable.Type);
            Assert.False(string.IsNullOrWhiteSpace(variable.DisplayName));
            Assert.False(string.IsNullOrWhiteSpace(variable.Description));
            Assert.False(string.IsNullOrWhiteSpace(variable.DefaultValue), variable.SchemaName);
            // No current value is shipped: each environment keeps its own.
            Assert.Null(variable.CurrentValue);
            if (variable.Type == EnvironmentVariableType.Json)
            {
                using var document = JsonDocument.Parse(variable.DefaultValue!);
                Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CxJourney.Plugins.Domain.Calendar;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Reading;
using CxJourney.SolutionModel.Schema;
using CxJourney.Tests.Shared;

namespace CxJourney.Plugins.Tests.Model;

/// <summary>
/// Ties the plugin assembly's one place for names (CxJourney.Plugins.Model) to the repository's
/// Solution/: every table, column, choice value, key and environment variable the plugins name
/// must exist there with that value, and every shipped default must be the one the domain code
/// ships, so neither side can drift without a failing test.
/// </summary>
public sealed class ProductSolutionModelTests
{
    private static readonly Lazy<(SolutionDefinition Solution, MetadataCatalog Catalog)> Loaded = new(() =>
    {
        var solution = SolutionReader.Read(Path.Combine(RepoPaths.Root, "Solution"));
        return (solution, MetadataCatalog.Create(solution));
    });

    private static SolutionDefinition Solution => Loaded.Value.Solution;
    private static MetadataCatalog Catalog => Loaded.Value.Catalog;

    private static readonly Type[] ModelTypes = typeof(Tables).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(Tables).Namespace && !t.IsNested)
        .ToArray();

    private static IEnumerable<FieldInfo> Constants(Type type, Type of)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == of);

    private static string Const(Type type, string name)
        => (string)type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;

    /// <summary>Letters and digits only, lower case: "In-store kiosk" and "Kiosk" compare as "instorekiosk" and "kiosk".</summary>
    private static string Squash(string text)
        => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // ---- tables and columns ---------------------------------------------------------------

    [Fact]
    public void Every_table_constant_names_a_table()
    {
        var names = Constants(typeof(Tables), typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.True(Catalog.ContainsTable(name), name));
        foreach (var table in Solution.Tables.Where(t => !t.IsPartial))
            Assert.Contains(table.LogicalName, names);
    }

    public static TheoryData<string> ColumnClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in ModelTypes.Where(t => t.Name.EndsWith("Columns", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal))
            data.Add(type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ColumnClasses))]
    public void Every_column_constant_names_a_column_of_its_table(string className)
    {
        var type = ModelTypes.Single(t => t.Name == className);
        var tables = TablesOf(type);
        Assert.NotEmpty(tables);
        var columns = Constants(type, typeof(string)).Where(f => f.Name != "Table").ToList();
        Assert.NotEmpty(columns);
        foreach (var table in tables)
        {
            var metadata = Catalog.GetTable(table);
            foreach (var field in columns)
            {
                var column = (string)field.GetRawConstantValue()!;
                Assert.True(metadata.HasColumn(column), $"{className}.{field.Name} = \"{column}\" is not a column of {table}");
            }
        }
    }

    private static IReadOnlyList<string> TablesOf(Type columnsClass)
    {
        if (columnsClass.GetField("Table") is { IsLiteral: true } table) return [(string)table.GetRawConstantValue()!];
        return (IReadOnlyList<string>)columnsClass.GetField("OnTables", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    [Fact]
    public void Every_column_the_solution_defines_has_a_constant()
    {
        var named = ModelTypes.Where(t => t.Name.EndsWith("Columns", StringComparison.Ordinal))
            .SelectMany(t => TablesOf(t).SelectMany(table => Constants(t, typeof(string)).Where(f => f.Name != "Table")
                .Select(f => table + "." + (string)f.GetRawConstantValue()!)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var table in Solution.Tables)
        {
            foreach (var column in table.Columns.Where(c => c.IsCustom || c.IsPrimaryId))
                Assert.Contains($"{table.LogicalName}.{column.LogicalName}", named);
        }
    }

    [Theory]
    [InlineData(typeof(JourneyColumns), "cx_journey")]
    [InlineData(typeof(TouchpointColumns), "cx_touchpoint")]
    [InlineData(typeof(FeedbackColumns), "cx_feedback")]
    [InlineData(typeof(CaseScoreColumns), "cx_casescore")]
    [InlineData(typeof(SettingsCopyColumns), "cx_settingscopy")]
    public void Custom_tables_have_their_own_columns_class(Type columnsClass, string table)
    {
        Assert.Equal(table, Const(columnsClass, "Table"));
        Assert.Equal(Catalog.GetTable(table).PrimaryIdAttribute, Const(columnsClass, "Id"));
        Assert.Equal(Catalog.GetTable(table).PrimaryNameAttribute, Const(columnsClass, "Name"));
    }

    // ---- choices ------------------------------------------------------------------------------

    public static TheoryData<string> SolutionChoices()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(Choices).GetNestedTypes().OrderBy(t => t.Name, StringComparer.Ordinal)) data.Add(type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(SolutionChoices))]
    public void Choice_constants_are_exactly_the_options_of_their_global_choice(string className)
    {
        var type = typeof(Choices).GetNestedType(className)!;
        var optionSet = Solution.FindGlobalOptionSet(Const(type, "OptionSetName"));
        Assert.NotNull(optionSet);
        var constants = Constants(type, typeof(int)).ToDictionary(f => f.Name, f => (int)f.GetRawConstantValue()!);
        Assert.Equal(optionSet.Options.Select(o => o.Value).Order(), constants.Values.Order());
        foreach (var (name, value) in constants)
        {
            var label = optionSet.Options.Single(o => o.Value == value).Label;
            // A swapped pair of values would still cover the set; the names catch it.
            Assert.True(Squash(label).Contains(Squash(name), StringComparison.Ordinal), $"{className}.{name} = {value} is '{label}' in {optionSet.Name}");
        }
    }

    [Fact]
    public void Every_global_choice_has_a_constants_class()
    {
        var names = typeof(Choices).GetNestedTypes().Select(t => Const(t, "OptionSetName"));
        Assert.Equal(Solution.GlobalOptionSets.Select(o => o.Name).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> PlatformChoices()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(StandardChoices).GetNestedTypes().Where(t => t.GetField("Table") is not null).OrderBy(t => t.Name, StringComparer.Ordinal))
            data.Add(type.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(PlatformChoices))]
    public void Standard_choice_constants_are_options_of_their_column(string className)
    {
        var type = typeof(StandardChoices).GetNestedType(className)!;
        var column = Catalog.GetColumn(Const(type, "Table"), Const(type, "Column"));
        var constants = Constants(type, typeof(int)).ToList();
        Assert.NotEmpty(constants);
        foreach (var field in constants)
        {
            var value = (int)field.GetRawConstantValue()!;
            Assert.True(column.TryGetOption(value, out var option), $"{className}.{field.Name} = {value} is no option of {column.LogicalName}");
            Assert.True(Squash(option.Label).Contains(Squash(field.Name), StringComparison.Ordinal), $"{className}.{field.Name} = {value} is '{option.Label}'");
        }
    }

    [Theory]
    [InlineData("email")]
    [InlineData("phonecall")]
    [InlineData("letter")]
    public void Direction_code_true_means_outgoing(string table)
    {
        var column = Catalog.GetColumn(table, EmailColumns.DirectionCode);
        Assert.Equal(ColumnType.Boolean, column.Type);
        Assert.True(column.TryGetOption(StandardChoices.DirectionCode.Outgoing ? 1 : 0, out var outgoing));
        Assert.Equal("Outgoing", outgoing.Label);
        Assert.True(column.TryGetOption(StandardChoices.DirectionCode.Incoming ? 1 : 0, out var incoming));
        Assert.Equal("Incoming", incoming.Label);
    }

    [Fact]
    public void Every_channel_has_its_own_journey_count_column()
    {
        var journey = Catalog.GetTable(Tables.Journey);
        var channels = Solution.FindGlobalOptionSet(Choices.Channel.OptionSetName)!.Options;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var channel in channels)
        {
            var name = JourneyColumns.CountColumnFor(channel.Value);
            Assert.NotNull(name);
            Assert.True(seen.Add(name), $"{name} counts two channels");
            var column = journey.GetColumn(name);
            Assert.Equal(ColumnType.Integer, column.Type);
            Assert.StartsWith(channel.Label, column.DisplayName, StringComparison.Ordinal);
        }
        Assert.Null(JourneyColumns.CountColumnFor(channels.Max(c => c.Value) + 1));
    }

    [Fact]
    public void Follow_up_rule_options_map_to_the_planner_rule_ids()
    {
        var options = Solution.FindGlobalOptionSet(Choices.FollowUpRule.OptionSetName)!.Options;
        var values = new HashSet<int>();
        foreach (var id in FollowUpRuleIds.All())
        {
            var value = FollowUpRuleOptions.FromRuleId(id);
            Assert.NotNull(value);
            Assert.True(values.Add(value.Value), $"{id} shares option {value}");
            Assert.Equal(id, FollowUpRuleOptions.ToRuleId(value.Value));
            // The option's description tells an admin which cx_FollowUpRules entry it is.
            Assert.StartsWith($"Rule {id}:", options.Single(o => o.Value == value).Description, StringComparison.Ordinal);
        }
        Assert.Equal(options.Select(o => o.Value).Order(), values.Order());
        Assert.Null(FollowUpRuleOptions.FromRuleId("no-such-rule"));
        Assert.Null(FollowUpRuleOptions.ToRuleId(Choices.Channel.Email - 1));
    }

    // ---- keys and environment variables -----------------------------------------------------------

    [Theory]
    [InlineData(Tables.Journey, AlternateKeys.JourneyContact, nameof(AlternateKeys.JourneyContactColumns))]
    [InlineData(Tables.Touchpoint, AlternateKeys.TouchpointSource, nameof(AlternateKeys.TouchpointSourceColumns))]
    [InlineData(Tables.Feedback, AlternateKeys.FeedbackSourceReference, nameof(AlternateKeys.FeedbackSourceReferenceColumns))]
    [InlineData(Tables.CaseScore, AlternateKeys.CaseScoreCase, nameof(AlternateKeys.CaseScoreCaseColumns))]
    public void Alternate_key_constants_match_the_solution(string table, string key, string columnsField)
    {
        var columns = (IReadOnlyList<string>)typeof(AlternateKeys).GetField(columnsField)!.GetValue(null)!;
        var metadata = Catalog.GetTable(table).FindAlternateKey(key);
        Assert.NotNull(metadata);
        Assert.Equal(metadata.KeyAttributes, columns);
    }

    [Fact]
    public void Environment_variable_constants_are_exactly_the_solutions()
    {
        var names = Constants(typeof(EnvironmentVariables), typeof(string)).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(Solution.EnvironmentVariables.Select(v => v.SchemaName).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    private static string Default(string schemaName)
        => Solution.FindEnvironmentVariable(schemaName)!.DefaultValue!.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Shipped_json_defaults_are_the_domain_defaults_verbatim()
    {
        Assert.Equal(Lf(BusinessCalendar.DefaultJson), Default(EnvironmentVariables.BusinessCalendar));
        Assert.Equal(Lf(ScoringSettings.DefaultJson), Default(EnvironmentVariables.ScoringWeights));
        Assert.Equal(Lf(FollowUpSettings.SolutionDefaultJson), Default(EnvironmentVariables.FollowUpRules));
        BusinessCalendar.Parse(Default(EnvironmentVariables.BusinessCalendar));
        Assert.Equal(ScoringSettings.Default, ScoringSettings.Parse(Default(EnvironmentVariables.ScoringWeights)));
    }

    /// <summary>
    /// The shipped cx_FollowUpRules default overrides the code's rules per id, so it must change nothing:
    /// parsed, every rule (thresholds, priority, templates, draft) and the throttle are the code's.
    /// </summary>
    [Fact]
    public void Shipped_follow_up_rules_default_parses_to_the_code_defaults_and_lists_every_rule()
    {
        var shipped = FollowUpSettings.Parse(Default(EnvironmentVariables.FollowUpRules));
        Assert.Equal(FollowUpSettings.Default.Throttle, shipped.Throttle);
        Assert.Equal(FollowUpSettings.Default.Rules, shipped.Rules);
        using var document = JsonDocument.Parse(Default(EnvironmentVariables.FollowUpRules));
        Assert.Equal(FollowUpRuleIds.All(), document.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    /// <summary>An import fails on a default longer than the column holds (the emulator's standard metadata: 2,000).</summary>
    [Fact]
    public void Every_shipped_default_fits_the_default_value_column()
    {
        var maxLength = Catalog.GetTable(Tables.EnvironmentVariableDefinition).GetColumn(EnvironmentVariableDefinitionColumns.DefaultValue).MaxLength;
        Assert.Equal(2000, maxLength);
        Assert.All(Solution.EnvironmentVariables, v => Assert.True((v.DefaultValue ?? "").Length <= maxLength, $"{v.SchemaName}: {v.DefaultValue?.Length} characters"));
    }

    [Fact]
    public void Shipped_throttle_is_the_throttle_of_the_default_rules()
    {
        var json = "{ \"throttle\": " + Default(EnvironmentVariables.FollowUpThrottle) + " }";
        Assert.Equal(FollowUpSettings.Default.Throttle, FollowUpSettings.Parse(json).Throttle);
        using var document = JsonDocument.Parse(FollowUpSettings.DefaultJson);
        using var shipped = JsonDocument.Parse(Default(EnvironmentVariables.FollowUpThrottle));
        Assert.Equal(Properties(document.RootElement.GetProperty("throttle")), Properties(shipped.RootElement));
    }

    [Fact]
    public void Shipped_journey_settings_are_the_journey_defaults_and_list_every_option()
    {
        var json = Default(EnvironmentVariables.JourneySettings);
        var parsed = JourneyOptions.FromJson(json);
        var properties = typeof(JourneyOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        foreach (var property in properties)
            Assert.Equal(property.GetValue(JourneyOptions.Default), property.GetValue(parsed));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(
            properties.Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).Order(StringComparer.Ordinal),
            document.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    // ---- step images -----------------------------------------------------------------------------

    [Fact]
    public void Every_image_alias_a_step_registers_is_named_in_Model_and_every_name_is_registered()
    {
        var named = Constants(typeof(ImageAliases), typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var registered = Solution.Steps.SelectMany(s => s.Images).Select(i => i.EntityAlias).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(named.Count, named.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(named.Order(StringComparer.Ordinal), registered.Order(StringComparer.Ordinal));
    }

    private static string Properties(JsonElement element)
    {
        var text = new StringBuilder();
        foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            text.Append(property.Name).Append('=').Append(property.Value.GetRawText()).Append(';');
        return text.ToString();
    }
}

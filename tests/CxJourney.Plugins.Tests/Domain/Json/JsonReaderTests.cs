using System.Linq;
using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Tests.Domain.Json;

public class JsonReaderTests
{
    private static JsonConfigurationException ParseFails(string json) =>
        Assert.Throws<JsonConfigurationException>(() => JsonReader.Parse(json));

    [Fact]
    public void Parses_every_kind_into_the_dom_with_locations_and_paths()
    {
        var root = JsonReader.Parse("{\n  \"name\": \"vip\",\n  \"rules\": [ {\"threshold\": 2.5e1}, true, null, -0 ]\n}");

        Assert.Equal(JsonKind.Object, root.Kind);
        Assert.Equal("vip", root.Property("name")!.AsString());
        var rules = root.Property("rules")!;
        Assert.Equal(4, rules.AsArray().Count);
        var threshold = rules.Items[0].Property("threshold")!;
        Assert.Equal(25.0, threshold.AsDouble());
        Assert.Equal("2.5e1", threshold.NumberText);
        Assert.Equal("$.rules[0].threshold", threshold.Path);
        Assert.Equal(3, threshold.Line);
        Assert.Equal(28, threshold.Column);
        Assert.True(rules.Items[1].AsBoolean());
        Assert.True(rules.Items[2].IsNull);
        Assert.Equal(0, rules.Items[3].AsInt32());
        Assert.Null(root.Property("missing"));
        Assert.Equal(new[] { "name", "rules" }, root.Properties.Select(p => p.Key));
    }

    [Fact]
    public void Decodes_escapes_including_surrogate_pairs()
    {
        var value = JsonReader.Parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"");
        Assert.Equal("a\"b\\c/d\b\f\n\r\té\U0001F600", value.AsString());
    }

    [Fact]
    public void Type_mismatch_names_line_column_path_and_the_found_value()
    {
        var json = "{\n  \"rules\": [\n    {},\n    {}, { \"threshold\": \"high\" }\n  ]\n}";
        var threshold = JsonReader.Parse(json).Property("rules")!.Items[2].Property("threshold")!;

        var ex = Assert.Throws<JsonConfigurationException>(() => threshold.AsDouble());

        Assert.Equal("Invalid configuration at line 4, column 24 ($.rules[2].threshold): expected a number but found \"high\"", ex.Message);
        Assert.Equal(4, ex.Line);
        Assert.Equal(24, ex.Column);
        Assert.Equal("$.rules[2].threshold", ex.Path);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 1, 9, "$", "trailing commas")]
    [InlineData("[1, 2,]", 1, 7, "$[2]", "trailing commas")]
    [InlineData("{'a': 1}", 1, 2, "$", "double quotes")]
    [InlineData("{\"a\": 1 // note\n}", 1, 9, "$", "comments")]
    [InlineData("{\"a\": 01}", 1, 7, "$.a", "leading zeros")]
    [InlineData("{\"a\": NaN}", 1, 7, "$.a", "'NaN'")]
    [InlineData("{\"a\": True}", 1, 7, "$.a", "lower-case")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "$", "expected ',' or '}' after the value of 'a'")]
    [InlineData("{\"a\" 1}", 1, 6, "$.a", "expected ':'")]
    [InlineData("{\"a\": \"x\\q\"}", 1, 9, "$.a", "'\\q' is not a valid escape")]
    [InlineData("{\"a\": \"\\u12G4\"}", 1, 8, "$.a", "four hexadecimal digits")]
    [InlineData("\"\\uDE00\"", 1, 2, "$", "lone low surrogate")]
    [InlineData("{\"a\": 1} x", 1, 10, "$", "end of the text")]
    [InlineData("   ", 1, 4, "$", "empty")]
    [InlineData("{\"a\": 1e999}", 1, 7, "$.a", "too large")]
    [InlineData("{\"my key\": [tru]}", 1, 13, "$['my key'][0]", "'tru'")]
    public void Syntax_errors_say_what_and_where(string json, int line, int column, string path, string reasonPart)
    {
        var ex = ParseFails(json);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Equal(path, ex.Path);
        Assert.Contains(reasonPart, ex.Reason);
        Assert.StartsWith($"Invalid configuration at line {line}, column {column} ({path}): ", ex.Message);
    }

    [Fact]
    public void Unterminated_string_points_at_its_opening_quote()
    {
        var ex = ParseFails("{\n  \"a\": \"abc");
        Assert.Equal(2, ex.Line);
        Assert.Equal(8, ex.Column);
        Assert.Contains("no closing double quote", ex.Reason);
    }

    [Fact]
    public void Raw_line_break_in_string_is_rejected()
    {
        var ex = ParseFails("{\"a\": \"line1\nline2\"}");
        Assert.Contains("\\n", ex.Reason);
    }

    [Fact]
    public void Duplicate_property_is_rejected_at_the_second_occurrence()
    {
        var ex = ParseFails("{\"a\": 1,\n \"a\": 2}");
        Assert.Equal(2, ex.Line);
        Assert.Equal(2, ex.Column);
        Assert.Equal("$.a", ex.Path);
        Assert.Contains("more than once", ex.Reason);
    }

    [Fact]
    public void Nesting_is_bounded()
    {
        var ok = new string('[', JsonReader.MaxDepth) + new string(']', JsonReader.MaxDepth);
        Assert.Equal(JsonKind.Array, JsonReader.Parse(ok).Kind);

        var tooDeep = new string('[', JsonReader.MaxDepth + 1) + new string(']', JsonReader.MaxDepth + 1);
        Assert.Contains("nested more than", ParseFails(tooDeep).Reason);
    }

    [Fact]
    public void Leading_byte_order_mark_is_ignored_and_columns_stay_true()
    {
        var value = JsonReader.Parse("\uFEFF{\"a\": 1}");
        Assert.Equal(1, value.Column);
        Assert.Equal(7, value.Property("a")!.Column);
    }

    [Fact]
    public void Whole_number_accessors_reject_fractions_and_overflow()
    {
        var root = JsonReader.Parse("{\"f\": 2.5, \"w\": 3.0, \"big\": 3000000000, \"exp\": 2E2}");
        Assert.Contains("expected a whole number but found 2.5", Assert.Throws<JsonConfigurationException>(() => root.Property("f")!.AsInt32()).Message);
        Assert.Equal(3, root.Property("w")!.AsInt32());
        Assert.Equal(200, root.Property("exp")!.AsInt32());
        Assert.Throws<JsonConfigurationException>(() => root.Property("big")!.AsInt32());
        Assert.Equal(3000000000L, root.Property("big")!.AsInt64());
        Assert.Equal(2.5m, root.Property("f")!.AsDecimal());
    }
}

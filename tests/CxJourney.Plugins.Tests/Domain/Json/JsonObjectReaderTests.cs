using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Tests.Domain.Json;

public class JsonObjectReaderTests
{
    [Fact]
    public void Reads_required_and_optional_properties_with_defaults()
    {
        var reader = JsonObjectReader.Parse("{\"name\": \"vip\", \"weight\": 0.5, \"days\": 7, \"enabled\": false, \"note\": null, \"mode\": \"strict\"}");

        Assert.Equal("vip", reader.RequiredString("name"));
        Assert.Equal(0.5, reader.RequiredDouble("weight", 0, 1));
        Assert.Equal(7, reader.OptionalInt32("days", 30, 1, 365));
        Assert.False(reader.OptionalBoolean("enabled", true));
        Assert.Null(reader.OptionalString("note"));               // explicit null counts as absent
        Assert.Equal(14, reader.OptionalInt32("absent", 14));
        Assert.Equal("strict", reader.OptionalOneOf("mode", "lenient", "strict", "lenient"));
        Assert.Empty(reader.OptionalArray("list"));
        Assert.Empty(reader.UnknownProperties());
    }

    [Fact]
    public void Missing_required_property_is_reported_at_its_object()
    {
        var root = JsonObjectReader.Parse("{\"rules\": [\n  {\"name\": \"x\"}]}");
        var rule = new JsonObjectReader(root.RequiredArray("rules")[0]);

        var ex = Assert.Throws<JsonConfigurationException>(() => rule.RequiredDouble("threshold"));

        Assert.Equal("Invalid configuration at line 2, column 3 ($.rules[0]): the required property 'threshold' is missing", ex.Message);
    }

    [Fact]
    public void Out_of_range_number_names_the_range()
    {
        var reader = JsonObjectReader.Parse("{\"weight\": 1.5}");
        var ex = Assert.Throws<JsonConfigurationException>(() => reader.RequiredDouble("weight", 0, 1));
        Assert.Equal("$.weight", ex.Path);
        Assert.Contains("expected a number between 0 and 1 but found 1.5", ex.Message);
    }

    [Fact]
    public void One_of_lists_the_choices_and_suggests_a_case_fix()
    {
        var reader = JsonObjectReader.Parse("{\"channel\": \"Email\"}");
        var ex = Assert.Throws<JsonConfigurationException>(() => reader.RequiredOneOf("channel", "email", "phone"));
        Assert.Contains("expected one of \"email\", \"phone\" but found \"Email\"; did you mean \"email\"?", ex.Message);
    }

    [Fact]
    public void Unknown_properties_are_listed_in_document_order()
    {
        var reader = JsonObjectReader.Parse("{\"foo\": 1, \"name\": \"a\", \"bar\": 2}");
        reader.RequiredString("name");
        Assert.Equal(new[] { "foo", "bar" }, reader.UnknownProperties());
    }

    [Fact]
    public void Unknown_property_error_uses_the_callers_noun_and_suggests_case_fix()
    {
        var rules = JsonObjectReader.Parse("{\n \"rules\": {\"sla\": 1, \"Vip\": 2}}").RequiredObject("rules");
        rules.OptionalInt32("sla", 0);
        rules.OptionalInt32("vip", 0);

        var ex = Assert.Throws<JsonConfigurationException>(() => rules.ThrowIfUnknownProperties("rule"));

        Assert.Equal("$.rules.Vip", ex.Path);
        Assert.Equal(2, ex.Line);
        Assert.Equal("unknown rule 'Vip'; did you mean 'vip'? Names are case-sensitive", ex.Reason);
    }

    [Fact]
    public void Unknown_property_error_lists_expected_names()
    {
        var reader = JsonObjectReader.Parse("{\"treshold\": 3}");
        reader.OptionalInt32("threshold", 1);
        reader.OptionalBoolean("enabled", true);
        var ex = Assert.Throws<JsonConfigurationException>(() => reader.ThrowIfUnknownProperties());
        Assert.Equal("unknown property 'treshold'; expected 'threshold', 'enabled'", ex.Reason);
    }

    [Fact]
    public void Root_that_is_not_an_object_is_rejected()
    {
        var ex = Assert.Throws<JsonConfigurationException>(() => JsonObjectReader.Parse("[1]"));
        Assert.Contains("expected an object { ... } but found an array", ex.Message);
    }

    [Fact]
    public void Required_null_is_an_error_at_the_value()
    {
        var reader = JsonObjectReader.Parse("{\"name\": null}");
        var ex = Assert.Throws<JsonConfigurationException>(() => reader.RequiredString("name"));
        Assert.Equal("$.name", ex.Path);
        Assert.Equal(10, ex.Column);
    }
}

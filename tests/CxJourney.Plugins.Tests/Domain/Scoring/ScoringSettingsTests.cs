using CxJourney.Plugins.Domain.Json;
using CxJourney.Plugins.Domain.Scoring;

namespace CxJourney.Plugins.Tests.Domain.Scoring;

public class ScoringSettingsTests
{
    [Fact]
    public void The_documented_default_json_is_exactly_the_built_in_default()
    {
        var parsed = ScoringSettings.Parse(ScoringSettings.DefaultJson);
        Assert.Equal(ScoringSettings.Default, parsed);
        Assert.Same(ScoringSettings.Default, ScoringSettings.Parse("  "));
    }

    [Fact]
    public void A_weight_of_the_wrong_sign_is_rejected_with_its_location()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => ScoringSettings.Parse("{\n  \"csatModel\": {\n    \"perReopen\": 0.6\n  }\n}"));
        Assert.Equal("$.csatModel.perReopen", e.Path);
        Assert.Equal(3, e.Line);
        Assert.Contains("must be zero or negative", e.Message);
    }

    [Fact]
    public void An_unknown_model_term_is_rejected()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => ScoringSettings.Parse("""{ "cesModel": { "perTransfer": 0.3 } }"""));
        Assert.Contains("unknown model term 'perTransfer'", e.Message);
    }

    [Fact]
    public void Out_of_range_settings_are_rejected()
    {
        Assert.Throws<JsonConfigurationException>(() => ScoringSettings.Parse("""{ "resolveByTargetBusinessHours": 0 }"""));
        Assert.Throws<JsonConfigurationException>(() => ScoringSettings.Parse("""{ "journeyHealth": { "halfLifeDays": 0 } }"""));
        var e = Assert.Throws<JsonConfigurationException>(() => ScoringSettings.Parse("""{ "composite": { "csat": 0, "ces": 0 } }"""));
        Assert.Contains("'csat' or 'ces' must have a weight above 0", e.Message);
    }

    [Fact]
    public void TryParse_falls_back_to_the_shipped_settings_and_says_why()
    {
        Assert.False(ScoringSettings.TryParse("{ \"csatModel\": [] }", out var settings, out var error));
        Assert.Same(ScoringSettings.Default, settings);
        Assert.Equal("$.csatModel", error!.Path);
    }
}

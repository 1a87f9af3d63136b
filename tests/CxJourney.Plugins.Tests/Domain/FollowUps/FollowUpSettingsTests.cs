using System.Linq;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Tests.Domain.FollowUps;

public class FollowUpSettingsTests
{
    [Fact]
    public void The_shipped_set_has_the_seven_rules_as_specified()
    {
        var s = FollowUpSettings.Default;
        Assert.Equal(FollowUpRuleIds.All(), s.Rules.Select(r => r.Id));
        Assert.All(s.Rules, r => Assert.True(r.Enabled));
        Assert.Equal(new ThrottleSettings(2, 7), s.Throttle);

        var poor = s.Rule(FollowUpRuleIds.PoorCase)!;
        Assert.Equal(2, poor.When.CsatAtMost);
        Assert.True(poor.When.AcceptPredicted);
        Assert.Equal(ActivityKind.PhoneCall, poor.Activity);
        Assert.Equal(DueRule.InBusinessHours(4), poor.Due);
        Assert.Equal(6, s.Rule(FollowUpRuleIds.Detractor)!.When.NpsAtMost);
        Assert.Equal(FollowUpAssignee.OwnerManager, s.Rule(FollowUpRuleIds.Detractor)!.AssignTo);
        Assert.Equal(DueKind.NextBusinessDayEnd, s.Rule(FollowUpRuleIds.Detractor)!.Due.Kind);
        Assert.Equal(9, s.Rule(FollowUpRuleIds.Promoter)!.When.NpsAtLeast);
        Assert.Equal(90, s.Rule(FollowUpRuleIds.Promoter)!.OncePerContactDays);
        var effort = s.Rule(FollowUpRuleIds.HighEffort)!.When;
        Assert.Equal((5.0, 3, 1), (effort.CesAtLeast!.Value, effort.InboundContactsAtLeast!.Value, effort.ReopensAtLeast!.Value));
        Assert.NotNull(s.Rule(FollowUpRuleIds.ResolveByMissed)!.EmailDraft);
        Assert.Equal(-0.5, s.Rule(FollowUpRuleIds.AngryEmail)!.When.SentimentAtMost);
        Assert.Equal(DueRule.InBusinessHours(1), s.Rule(FollowUpRuleIds.AngryEmail)!.Due);
    }

    [Fact]
    public void An_override_changes_only_what_it_names()
    {
        var s = FollowUpSettings.Parse("""{ "rules": [ { "id": "poor-case", "when": { "csatAtMost": 1.5 }, "due": { "nextBusinessDay": "start" } } ] }""");
        var poor = s.Rule(FollowUpRuleIds.PoorCase)!;
        Assert.Equal(1.5, poor.When.CsatAtMost);
        Assert.True(poor.When.AcceptPredicted);
        Assert.Equal(DueKind.NextBusinessDayStart, poor.Due.Kind);
        Assert.Equal(FollowUpSettings.Default.Rule(FollowUpRuleIds.PoorCase)!.Description.Text, poor.Description.Text);
        Assert.Same(FollowUpSettings.Default.Rule(FollowUpRuleIds.Promoter), s.Rule(FollowUpRuleIds.Promoter));
    }

    [Fact]
    public void Invalid_json_is_reported_with_line_and_column()
    {
        Assert.False(FollowUpSettings.TryParse("{\n  \"rules\": [\n    { \"id\": \"poor-case\", }\n  ]\n}", out var settings, out var error));
        Assert.Null(settings);
        Assert.Equal(3, error!.Line);
        Assert.StartsWith("Invalid configuration at line 3, column ", error.Message);
    }

    [Fact]
    public void An_unknown_rule_is_reported_at_its_id_with_the_known_ones()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("{\n  \"rules\": [\n    { \"id\": \"vip-customer\" }\n  ]\n}"));
        Assert.Equal("$.rules[0].id", e.Path);
        Assert.Equal((3, 13), (e.Line, e.Column));
        Assert.Contains("unknown rule \"vip-customer\"; known rules: poor-case, detractor, promoter", e.Message);
    }

    [Fact]
    public void A_misspelt_rule_id_gets_a_suggestion()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("""{ "rules": [ { "id": "Poor-Case" } ] }"""));
        Assert.Contains("did you mean \"poor-case\"?", e.Message);
    }

    [Fact]
    public void A_wrong_type_names_the_property()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("""{ "rules": [ { "id": "promoter", "priority": "high" } ] }"""));
        Assert.Equal("$.rules[0].priority", e.Path);
        Assert.Contains("expected a whole number but found \"high\"", e.Message);
    }

    [Theory]
    [InlineData("poor-case", "\"csatAtMost\": 6", "$.rules[0].when.csatAtMost", "invalid threshold")]
    [InlineData("detractor", "\"npsAtMost\": 6.5", "$.rules[0].when.npsAtMost", "whole number")]
    [InlineData("high-effort", "\"inboundContactsAtLeast\": 1", "$.rules[0].when.inboundContactsAtLeast", "invalid threshold")]
    [InlineData("angry-email", "\"sentimentAtMost\": -2", "$.rules[0].when.sentimentAtMost", "invalid threshold")]
    [InlineData("poor-case", "\"npsAtMost\": 3", "$.rules[0].when.npsAtMost", "unknown threshold 'npsAtMost'")]
    [InlineData("reopened", "\"reopensAtLeast\": 2", "$.rules[0].when.reopensAtLeast", "has none")]
    public void Invalid_thresholds_are_reported_where_they_are(string rule, string when, string path, string message)
    {
        var e = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("{ \"rules\": [ { \"id\": \"" + rule + "\", \"when\": { " + when + " } } ] }"));
        Assert.Equal(path, e.Path);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Thresholds_that_make_one_answer_both_detractor_and_promoter_are_rejected()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("""{ "rules": [ { "id": "promoter", "when": { "npsAtLeast": 6 } } ] }"""));
        Assert.Equal("$.rules[0].when", e.Path);
        Assert.Contains("detractor npsAtMost 6 must be below promoter npsAtLeast 6", e.Message);
    }

    [Fact]
    public void An_unknown_template_placeholder_is_reported_at_the_template()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("""{ "rules": [ { "id": "reopened", "subject": "Call {contactNmae}" } ] }"""));
        Assert.Equal("$.rules[0].subject", e.Path);
        Assert.Contains("unknown placeholder '{contactNmae}'", e.Message);
    }

    [Theory]
    [InlineData("{ \"businessHours\": 4, \"nextBusinessDay\": \"end\" }", "exactly one")]
    [InlineData("{ }", "exactly one")]
    [InlineData("{ \"businessHours\": 0 }", "above 0")]
    [InlineData("{ \"nextBusinessDay\": \"noon\" }", "expected one of \"start\", \"end\"")]
    public void Bad_due_rules_are_rejected(string due, string message)
    {
        var e = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("{ \"rules\": [ { \"id\": \"detractor\", \"due\": " + due + " } ] }"));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Listing_a_rule_twice_or_an_unknown_top_level_property_is_an_error()
    {
        var twice = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("""{ "rules": [ { "id": "promoter" }, { "id": "promoter" } ] }"""));
        Assert.Equal("$.rules[1].id", twice.Path);
        var unknown = Assert.Throws<JsonConfigurationException>(() => FollowUpSettings.Parse("""{ "throttel": { "maxFollowUps": 1 } }"""));
        Assert.Contains("unknown property 'throttel'", unknown.Message);
    }

    [Fact]
    public void The_email_draft_can_be_switched_off()
    {
        var s = FollowUpSettings.Parse("""{ "rules": [ { "id": "resolve-by-missed", "emailDraft": false } ] }""");
        Assert.Null(s.Rule(FollowUpRuleIds.ResolveByMissed)!.EmailDraft);
    }
}

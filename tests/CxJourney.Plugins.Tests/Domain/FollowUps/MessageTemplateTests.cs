using System;
using System.Collections.Generic;
using CxJourney.Plugins.Domain.FollowUps;

namespace CxJourney.Plugins.Tests.Domain.FollowUps;

public class MessageTemplateTests
{
    [Fact]
    public void Placeholders_are_filled_and_missing_values_read_n_a()
    {
        var t = MessageTemplate.Parse("Case {caseNumber} for {contactName}: CSAT {csat} {{kept}}");
        var text = t.Render(new Dictionary<string, string?> { ["caseNumber"] = "CAS-1", ["contactName"] = null });
        Assert.Equal("Case CAS-1 for n/a: CSAT n/a {kept}", text);
    }

    [Theory]
    [InlineData("Hello {name}", "unknown placeholder '{name}'")]
    [InlineData("Hello {caseNumber", "never closed")]
    [InlineData("Hello }", "closes no placeholder")]
    public void Broken_templates_say_what_is_wrong(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => MessageTemplate.Parse(text));
        Assert.Contains(message, e.Message);
    }
}

using System;
using System.Linq;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Capture;
using CxJourney.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Journey;

/// <summary>cx_JourneySettings, which the rollup reads through the settings copy (see SettingsCopyTests).</summary>
public class JourneySettingsTests
{
    private readonly CaptureWorld _w = new();

    /// <summary>An admin's current value for cx_JourneySettings, on the definition the solution import left.</summary>
    private void Set(string json) => _w.Org.SetEnvironmentVariable(EnvironmentVariables.JourneySettings, json);

    [Fact]
    public void Configured_thresholds_decide_the_feedback_band_the_rollup_stores_and_counts()
    {
        Set("{ \"promoterNps\": 8, \"goodNps\": 6 }");
        var ada = _w.Contact("Ada", "Lovelace");
        var survey = _w.Service.Create(new Entity(Tables.Feedback) { [FeedbackColumns.Name] = "NPS", [FeedbackColumns.Contact] = CaptureWorld.ContactRef(ada), [FeedbackColumns.Nps] = 8 });
        _w.Drain();

        var t = _w.Touchpoint(survey, Choices.TouchpointKind.Answered, ada);
        Assert.Equal(Choices.FeedbackBand.Promoter, CaptureWorld.Option(t, TouchpointColumns.FeedbackBand));
        var j = _w.JourneyOf(ada);
        Assert.Equal(Choices.JourneyStage.Advocacy, CaptureWorld.Option(j, JourneyColumns.Stage));
        Assert.Null(j.GetAttributeValue<string>(JourneyColumns.RollupStatus));
        // The admin's value reached the rollup through the settings copy, which the value's step wrote in the same
        // transaction: the new journey's job reads the copy by its id, never the variables.
        Assert.Single(_w.Log.ServiceCallsBy("JourneyRollupPlugin"), c => c.PrimaryEntityName == Tables.SettingsCopy);
        Assert.DoesNotContain(_w.Log.ServiceCallsBy("JourneyRollupPlugin"), c => c.PrimaryEntityName == Tables.EnvironmentVariableDefinition);
    }

    [Fact]
    public void Invalid_settings_fall_back_to_the_defaults_and_say_so_on_the_journey()
    {
        Set("{ \"promoterNps\": 42 ");
        var ada = _w.Contact("Ada", "Lovelace");
        var survey = _w.Service.Create(new Entity(Tables.Feedback) { [FeedbackColumns.Name] = "NPS", [FeedbackColumns.Contact] = CaptureWorld.ContactRef(ada), [FeedbackColumns.Nps] = 8 });
        _w.Drain();

        var j = _w.JourneyOf(ada);
        Assert.Contains(EnvironmentVariables.JourneySettings + " is invalid", j.GetAttributeValue<string>(JourneyColumns.RollupStatus));
        Assert.Equal(Choices.FeedbackBand.Good, CaptureWorld.Option(_w.Touchpoint(survey, Choices.TouchpointKind.Answered, ada), TouchpointColumns.FeedbackBand));
        _w.AssertMatchesDomain(ada);
    }
}

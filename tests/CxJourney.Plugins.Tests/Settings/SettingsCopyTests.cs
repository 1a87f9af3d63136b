using System;
using System.Linq;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Journey;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Settings;
using CxJourney.Plugins.Tests.Capture;
using CxJourney.Plugins.Tests.Infrastructure;
using CxJourney.Plugins.Tests.Journey;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Settings;

/// <summary>
/// The settings copy: the rollup reads the environment variables with the journey it queries anyway, and the copy
/// follows the variables (a step on their definitions and values, a job for a copy that is missing or old).
/// </summary>
public class SettingsCopyTests
{
    private readonly CaptureWorld _w = new();

    private Entity? Copy() => _w.Org.Query(Tables.SettingsCopy).SingleOrDefault();

    private static string? Copied(Entity copy, string variable) =>
        EnvironmentSettings.FromJson(copy.GetAttributeValue<string>(SettingsCopyColumns.Values))!.Get(variable);

    private Guid? LinkOf(Guid contact) => _w.JourneyOf(contact).GetAttributeValue<EntityReference>(JourneyColumns.SettingsCopy)?.Id;

    private Guid NpsAnswer(Guid contact, int nps) => _w.Service.Create(new Entity(Tables.Feedback)
    {
        [FeedbackColumns.Name] = "NPS", [FeedbackColumns.Contact] = CaptureWorld.ContactRef(contact), [FeedbackColumns.Nps] = nps,
    });

    [Fact]
    public void The_first_job_makes_the_copy_from_the_variables_and_the_journey_links_to_it()
    {
        // The import leaves the variables without running plug-ins (as a solution import may): there is no copy yet.
        Assert.Null(Copy());
        var ada = _w.Contact("Ada", "Lovelace");
        _w.InboundEmail(ada, "Hello", "Where is my order?");
        _w.Drain();

        var copy = Assert.IsType<Entity>(Copy());
        Assert.Equal(SettingsCopy.Id, copy.Id);
        Assert.NotNull(EnvironmentSettings.FromJson(copy.GetAttributeValue<string>(SettingsCopyColumns.Values)));
        Assert.Equal(_w.Org.Query(Tables.EnvironmentVariableDefinition).Count(d => d.GetAttributeValue<string>(EnvironmentVariableDefinitionColumns.SchemaName)!.StartsWith("cx_", StringComparison.Ordinal)),
            CountVariables(copy));
        Assert.Equal(SettingsCopy.Id, LinkOf(ada));
        Assert.Equal(new[] { "RetrieveMultiple cx_touchpoint", "RetrieveMultiple cx_settingscopy", "RetrieveMultiple environmentvariabledefinition", "Create cx_settingscopy", "Create cx_journey", "Update cx_touchpoint" },
            Assert.Single(_w.Log.RunsOf(typeof(JourneyRollupPlugin))).ServiceCalls.Select(c => c.MessageName + " " + c.PrimaryEntityName));
    }

    private static int CountVariables(Entity copy) =>
        CxJourney.Plugins.Domain.Json.JsonReader.Parse(copy.GetAttributeValue<string>(SettingsCopyColumns.Values)).Properties.Count;

    [Fact]
    public void An_admins_change_rewrites_the_copy_in_its_own_transaction_and_the_next_job_applies_it_without_reading_the_variables()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var first = NpsAnswer(ada, 8);
        _w.Drain();
        // The shipped thresholds: 8 is no promoter.
        Assert.NotEqual(Choices.FeedbackBand.Promoter, CaptureWorld.Option(_w.Touchpoint(first, Choices.TouchpointKind.Answered, ada), TouchpointColumns.FeedbackBand));
        _w.Log.Clear();

        _w.Org.SetEnvironmentVariable(EnvironmentVariables.JourneySettings, "{ \"promoterNps\": 8, \"goodNps\": 6 }");

        // The value's Create ran the copy's step synchronously, after the write, inside the admin's request.
        var step = Assert.Single(_w.Log.RunsOf(typeof(SettingsCopyPlugin)));
        Assert.Equal(PluginStepMode.Synchronous, step.Mode);
        Assert.Equal(PluginStepStage.PostOperation, step.Stage);
        Assert.Equal(Tables.EnvironmentVariableValue, step.PrimaryEntityName);
        Assert.Equal("{ \"promoterNps\": 8, \"goodNps\": 6 }", Copied(Assert.IsType<Entity>(Copy()), EnvironmentVariables.JourneySettings));

        _w.Advance(TimeSpan.FromHours(1));
        var second = NpsAnswer(ada, 8);
        _w.Log.Clear();
        _w.Drain();
        Assert.Equal(Choices.FeedbackBand.Promoter, CaptureWorld.Option(_w.Touchpoint(second, Choices.TouchpointKind.Answered, ada), TouchpointColumns.FeedbackBand));
        var run = Assert.Single(_w.Log.RunsOf(typeof(JourneyRollupPlugin)));
        Assert.Equal(new[] { "RetrieveMultiple cx_touchpoint", "Update cx_journey" }, run.ServiceCalls.Select(c => c.MessageName + " " + c.PrimaryEntityName));
        // A promoter answer under the new thresholds: the journey's stage says so (a change applies from the next event on).
        Assert.Equal(Choices.JourneyStage.Advocacy, CaptureWorld.Option(_w.JourneyOf(ada), JourneyColumns.Stage));

        // Changing the definition's default (a solution upgrade, an admin) is copied too.
        var definition = _w.Org.Query(Tables.EnvironmentVariableDefinition).Single(d => d.GetAttributeValue<string>(EnvironmentVariableDefinitionColumns.SchemaName) == EnvironmentVariables.CxTeamQueue);
        _w.Service.Update(new Entity(Tables.EnvironmentVariableDefinition, definition.Id) { [EnvironmentVariableDefinitionColumns.DefaultValue] = "CX escalations" });
        Assert.Equal("CX escalations", Copied(Copy()!, EnvironmentVariables.CxTeamQueue));
    }

    [Fact]
    public void A_copy_older_than_a_day_is_copied_again_by_the_job_that_finds_it()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.InboundEmail(ada, "Hello", "Where is my order?");
        _w.Drain();
        var copiedOn = Copy()!.GetAttributeValue<DateTime>(SettingsCopyColumns.CopiedOn);
        _w.Advance(SettingsCopy.MaxAge + TimeSpan.FromMinutes(1));
        _w.Log.Clear();

        _w.InboundEmail(ada, "Again", "Still waiting");
        _w.Drain();

        var run = Assert.Single(_w.Log.RunsOf(typeof(JourneyRollupPlugin)));
        Assert.Equal(new[] { "RetrieveMultiple cx_touchpoint", "RetrieveMultiple environmentvariabledefinition", "Update cx_settingscopy", "Update cx_journey" },
            run.ServiceCalls.Select(c => c.MessageName + " " + c.PrimaryEntityName));
        Assert.True(Copy()!.GetAttributeValue<DateTime>(SettingsCopyColumns.CopiedOn) > copiedOn);
    }

    [Fact]
    public void A_job_never_puts_back_values_older_than_the_copy_a_change_wrote_meanwhile()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.InboundEmail(ada, "Hello", "Where is my order?");
        _w.Drain();
        var service = _w.Org.GetService();
        var seen = SettingsCopy.Read(service)!;
        var before = EnvironmentSettings.Load(service);

        // An admin changes a variable after the job read the copy and the variables.
        _w.Org.SetEnvironmentVariable(EnvironmentVariables.CxTeamQueue, "Complaints");

        Assert.False(SettingsCopy.Refresh(service, seen, before, _w.Now, _ => { }));
        Assert.Equal("Complaints", Copied(Copy()!, EnvironmentVariables.CxTeamQueue));
        // Nor does a job that found no copy replace one made meanwhile.
        Assert.False(SettingsCopy.Refresh(service, null, before, _w.Now, _ => { }));
        Assert.Equal("Complaints", Copied(Copy()!, EnvironmentVariables.CxTeamQueue));
    }

    [Fact]
    public void A_deleted_copy_unlinks_its_journeys_and_the_next_job_makes_it_again()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.InboundEmail(ada, "Hello", "Where is my order?");
        _w.Drain();
        _w.Org.GetService().Delete(Tables.SettingsCopy, SettingsCopy.Id);
        // The relationship's delete behaviour is RemoveLink (Solution/Other/Relationships/cx_SettingsCopy.xml).
        Assert.Null(LinkOf(ada));

        _w.InboundEmail(ada, "Again", "Still waiting");
        _w.Drain();
        Assert.NotNull(Copy());
        Assert.Equal(SettingsCopy.Id, LinkOf(ada));
        _w.AssertMatchesDomain(ada);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Capture;
using CxJourney.Plugins.Model;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Capture;

/// <summary>
/// Events delivered again, events the local organization cannot raise (Win/Lose of an opportunity), and
/// failures: run in unit mode with the context the registered step would get (Target and the step's images).
/// </summary>
public class ReplayAndFaultTests
{
    private readonly CaptureWorld _w = new();

    private const string EmailUpdateStep = "CxJourney.Plugins.Capture.ActivityCapturePlugin: Update of email";
    private const string OpportunityStep = "CxJourney.Plugins.Capture.CommerceCapturePlugin: Update of opportunity";

    /// <summary>The post-image of a registered step, taken from the stored row with the step's own attribute list.</summary>
    private Entity Image(string stepName, string alias, string table, Guid id)
    {
        var image = _w.Pipeline.Steps.Get(stepName).Images.Single(i => i.EntityAlias == alias);
        var stored = _w.Org.Get(table, id);
        var projected = new Entity(table, id);
        foreach (var column in image.Attributes)
            if (stored.Contains(column)) projected[column] = stored[column];
        return projected;
    }

    private PluginUnitContext StateChange(string stepName, string table, Guid id, int before, int after) => new()
    {
        MessageName = "Update",
        Stage = PluginStepStage.PostOperation,
        Target = new Entity(table, id) { [ActivityColumns.StateCode] = new OptionSetValue(after) },
        PreImages = new Dictionary<string, Entity> { [ImageAliases.Before] = new(table, id) { [ActivityColumns.StateCode] = new OptionSetValue(before) } },
        PostImages = new Dictionary<string, Entity> { [ImageAliases.After] = Image(stepName, ImageAliases.After, table, id) },
    };

    [Fact]
    public void Replaying_a_completion_changes_nothing()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var bob = _w.Contact("Bob", "Babbage");
        var email = _w.DraftEmail(CaptureWorld.Contacts(ada, bob), "Your refund");
        _w.Advance(TimeSpan.FromMinutes(5));
        _w.SetState(Tables.Email, email, StandardChoices.ActivityState.Completed, StandardChoices.EmailStatus.Sent);
        var before = Snapshot();

        _w.Advance(TimeSpan.FromMinutes(5));
        var replay = StateChange(EmailUpdateStep, Tables.Email, email, StandardChoices.ActivityState.Open, StandardChoices.ActivityState.Completed);
        _w.Pipeline.Unit.Run<ActivityCapturePlugin>(replay).ThrowIfFailed();
        _w.Pipeline.Unit.Run<ActivityCapturePlugin>(replay).ThrowIfFailed();

        Assert.Equal(before, Snapshot());
        // The draft made none; the sending one per recipient.
        Assert.Equal(2, _w.Touchpoints().Count);
    }

    [Fact]
    public void Replaying_a_creation_changes_nothing()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var email = _w.InboundEmail(ada, "Broken");
        var before = Snapshot();
        var created = new Entity(Tables.Email, email);
        var image = _w.Pipeline.Steps.Get("CxJourney.Plugins.Capture.ActivityCapturePlugin: Create of email").Images.Single();
        var stored = _w.Org.Get(Tables.Email, email);
        foreach (var column in image.Attributes.Where(stored.Contains)) created[column] = stored[column];

        _w.Advance(TimeSpan.FromHours(1));
        var run = _w.Pipeline.Unit.Run<ActivityCapturePlugin>(new PluginUnitContext
        {
            MessageName = "Create",
            Stage = PluginStepStage.PostOperation,
            Target = new Entity(Tables.Email, email) { [ActivityColumns.Subject] = "Broken" },
            PostImages = new Dictionary<string, Entity> { [ImageAliases.Created] = created },
        }).ThrowIfFailed();

        Assert.Single(run.ServiceCalls);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void An_opportunity_won_then_lost_records_won_and_lost_once_each()
    {
        // The local organization refuses statecode Won/Lost outside WinOpportunity/LoseOpportunity, which it does
        // not implement; the step is exercised with the context those messages' state change gives it.
        var ada = _w.Contact("Ada", "Lovelace");
        var acme = _w.Account("Acme");
        var deal = _w.Service.Create(new Entity(Tables.Opportunity)
        {
            [OpportunityColumns.Name] = "Fleet renewal",
            [OpportunityColumns.CustomerId] = CaptureWorld.Ref(Tables.Account, acme),
            [OpportunityColumns.ParentContactId] = CaptureWorld.ContactRef(ada),
        });
        var won = StateChange(OpportunityStep, Tables.Opportunity, deal, StandardChoices.OpportunityState.Open, StandardChoices.OpportunityState.Won);
        won.PostImages[ImageAliases.After][ActivityColumns.StateCode] = new OptionSetValue(StandardChoices.OpportunityState.Won);

        var first = _w.Pipeline.Unit.Run<CommerceCapturePlugin>(won).ThrowIfFailed();
        _w.Pipeline.Unit.Run<CommerceCapturePlugin>(won).ThrowIfFailed();

        var t = _w.Touchpoint(deal, Choices.TouchpointKind.Won, ada);
        Assert.Equal((Choices.Channel.Opportunity, Choices.Direction.Internal), (CaptureWorld.Option(t, TouchpointColumns.Channel), CaptureWorld.Option(t, TouchpointColumns.Direction)));
        Assert.Equal("Upsert", Assert.Single(first.ServiceCalls).MessageName);

        var lost = StateChange(OpportunityStep, Tables.Opportunity, deal, StandardChoices.OpportunityState.Open, StandardChoices.OpportunityState.Lost);
        lost.PostImages[ImageAliases.After][ActivityColumns.StateCode] = new OptionSetValue(StandardChoices.OpportunityState.Lost);
        _w.Pipeline.Unit.Run<CommerceCapturePlugin>(lost).ThrowIfFailed();
        Assert.Equal(new[] { Choices.TouchpointKind.Lost, Choices.TouchpointKind.Won }.OrderBy(k => k), _w.TouchpointsOf(ada).Select(CaptureWorld.KindOf).OrderBy(k => k));
    }

    [Fact]
    public void The_registered_state_steps_filter_on_state_and_carry_the_images_capture_reads()
    {
        foreach (var step in _w.Pipeline.Steps.Steps.Where(s => s.PluginType.Namespace == "CxJourney.Plugins.Capture"))
        {
            Assert.Equal((PluginStepStage.PostOperation, PluginStepMode.Synchronous), (step.Stage, step.Mode));
            if (step.MessageName == "Update")
            {
                Assert.Equal(new[] { "statecode", "statuscode" }, step.FilteringAttributes.OrderBy(a => a));
                Assert.Contains(step.Images, i => i.EntityAlias == ImageAliases.Before && i.IsPreImage);
                Assert.Contains(step.Images, i => i.EntityAlias == ImageAliases.After && i.IsPostImage && i.Attributes.Contains("statecode"));
            }
            else if (step.PrimaryEntity == Tables.OpportunityClose)
            {
                Assert.Equal("Create", step.MessageName);
                Assert.Empty(step.Images);
            }
            else
            {
                Assert.Equal("Create", step.MessageName);
                var created = Assert.Single(step.Images);
                Assert.True(created.EntityAlias == ImageAliases.Created && created.IsPostImage && created.Attributes.Contains("createdon"));
                Assert.Equal("Id", created.MessagePropertyName);
            }
        }
        // No step on task: internal work is off the journey.
        Assert.Equal(16, _w.Pipeline.Steps.Steps.Count(s => s.PluginType.Namespace == "CxJourney.Plugins.Capture"));
        Assert.DoesNotContain(_w.Pipeline.Steps.Steps, s => s.PluginType.Namespace == "CxJourney.Plugins.Capture" && s.PrimaryEntity == Tables.Task);
    }

    [Fact]
    public void A_failing_touchpoint_write_is_traced_with_the_source_and_fails_the_save_visibly()
    {
        // The platform refuses a party that names no record before any step runs
        // (https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity), so the
        // failing write is produced the one way left: the registered step's context handed a party whose
        // contact does not exist, run in unit mode. The touchpoint's contact lookup is what fails.
        var ghost = Guid.NewGuid();
        var emailId = Guid.NewGuid();
        var email = _w.InboundEmailRow(CaptureWorld.Contacts(ghost), "Hello from nowhere");
        email.Id = emailId;

        var result = _w.Pipeline.Unit.Run<ActivityCapturePlugin>(new PluginUnitContext
        {
            MessageName = "Create",
            Stage = PluginStepStage.PostOperation,
            Target = email,
            OutputParameters = { ["id"] = emailId },
        });

        Assert.NotNull(result.Fault);
        Assert.Contains("CxJourney could not complete Create of this email", result.Fault!.Detail.Message);
        Assert.Empty(_w.Touchpoints());
        Assert.Equal(StepOutcome.Failed, result.Run.Outcome);
        Assert.Contains(result.Trace, l => l.Contains($"failed for email {emailId:D}"));
    }

    [Fact]
    public void An_email_from_a_contact_that_does_not_exist_is_refused_before_any_capture()
    {
        var emailId = Guid.NewGuid();
        var email = _w.InboundEmailRow(CaptureWorld.Contacts(Guid.NewGuid()), "Hello from nowhere");
        email.Id = emailId;

        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _w.Service.Create(email));

        Assert.Null(_w.Org.Find(Tables.Email, emailId));
        Assert.Empty(_w.Touchpoints());
        Assert.Empty(_w.Log.RunsOf(typeof(ActivityCapturePlugin)));
    }

    /// <summary>Every touchpoint's key and payload (not its modified-on or version, which a rewrite of equal values moves).</summary>
    private string Snapshot() => string.Join("\n", _w.Touchpoints()
        .Select(t => string.Join("|", t.Attributes
            .Where(a => a.Key is not ("modifiedon" or "versionnumber" or "modifiedby" or "modifiedonbehalfby"))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => a.Key + "=" + Render(a.Value))))
        .OrderBy(s => s, StringComparer.Ordinal));

    private static string Render(object? value) => value switch
    {
        EntityReference r => r.LogicalName + ":" + r.Id,
        OptionSetValue o => o.Value.ToString(),
        DateTime d => d.ToString("o"),
        _ => value?.ToString() ?? "null",
    };
}

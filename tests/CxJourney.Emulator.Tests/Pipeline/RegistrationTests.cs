using System;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using CxJourney.Emulator.Tests.Solution;
using CxJourney.SolutionModel;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>Steps are read from Solution/ and bound to the plug-in classes; registrations Dataverse refuses are refused at load.</summary>
public class RegistrationTests
{
    private const string StepFile = "SdkMessageProcessingSteps/{90000008-0000-4000-8000-000000000001}.xml";
    private const string NoImages = "<SdkMessageProcessingStepImages />";

    private static PluginRegistrationException LoadBroken(Action<TempSolution> breakIt)
    {
        using var solution = new TempSolution("../pipeline/invalid-base");
        breakIt(solution);
        return Assert.Throws<PluginRegistrationException>(() => LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = solution.Root,
            PluginAssemblies = [typeof(RecordingPlugin).Assembly],
        }));
    }

    private static string Image(string alias, int type, string attributes = "", string property = "Target") =>
        $"<SdkMessageProcessingStepImages><SdkMessageProcessingStepImage Name=\"{alias}\"><Attributes>{attributes}</Attributes>" +
        $"<EntityAlias>{alias}</EntityAlias><ImageType>{type}</ImageType><MessagePropertyName>{property}</MessagePropertyName></SdkMessageProcessingStepImage></SdkMessageProcessingStepImages>";

    [Fact]
    public void Steps_are_loaded_from_the_solution_with_their_registration()
    {
        LocalOrganization organization = PipelineFixtures.Organization("context");
        StepRegistry steps = organization.Plugins().Steps;

        RegisteredStep update = steps.Find(PipelineFixtures.StepId("c0000001", 6))!;
        Assert.Equal("Update", update.MessageName);
        Assert.Equal("contact", update.PrimaryEntity);
        Assert.Equal(PluginStepStage.PostOperation, update.Stage);
        Assert.Equal(PluginStepMode.Synchronous, update.Mode);
        Assert.Equal(typeof(RecordingPlugin), update.PluginType);
        Assert.Equal("label=update-40", update.UnsecureConfiguration);
        Assert.Equal(new[] { "pre", "post" }, update.Images.Select(i => i.EntityAlias));
        Assert.Equal(new[] { "lastname", "description" }, update.Images[1].Attributes);

        RegisteredStep filtered = steps.Find(PipelineFixtures.StepId("c0000001", 5))!;
        Assert.Equal(new[] { "firstname", "lastname" }, filtered.FilteringAttributes.OrderBy(a => a));
        Assert.True(steps.Find(PipelineFixtures.StepId("c0000001", 13))!.IsAsync);
    }

    [Fact]
    public void A_disabled_step_is_checked_but_never_runs()
    {
        LocalOrganization organization = PipelineFixtures.Organization("context");
        Assert.Null(organization.Plugins().Steps.Find(PipelineFixtures.StepId("c0000001", 14)));
        // Its plug-in would refuse every task; the task is created.
        organization.GetService().Create(new Microsoft.Xrm.Sdk.Entity("task") { ["subject"] = "call back" });
        Assert.Equal(1, organization.Count("task"));
    }

    [Fact]
    public void A_pre_image_on_Create_is_refused()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#availability-of-images
        // ("You cannot have a Pre Image for the Create message because the table doesn't exist yet.")
        PluginRegistrationException refused = LoadBroken(s => s.Replace(StepFile, NoImages, Image("before", 0, property: "Id")));
        string problem = Assert.Single(refused.Problems);
        Assert.Contains("does not support this image type", problem);
        Assert.Contains("pre-image on Create", problem);
        Assert.Contains("{90000008-0000-4000-8000-000000000001}.xml", problem);
    }

    [Fact]
    public void A_post_image_on_Delete_is_refused()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#availability-of-images
        // ("You cannot have a Post Image for the Delete message because the table won't exist anymore.")
        PluginRegistrationException refused = LoadBroken(s =>
        {
            s.Replace(StepFile, "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", SdkMessages.Delete.ToString());
            s.Replace(StepFile, "<Stage>20</Stage>", "<Stage>40</Stage>");
            s.Replace(StepFile, NoImages, Image("after", 1));
        });
        Assert.Contains("post-image on Delete", Assert.Single(refused.Problems));
    }

    [Fact]
    public void A_post_image_before_the_core_operation_is_refused()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#availability-of-images
        // ("You can only have a Post Image for steps registered in the PostOperation stage")
        PluginRegistrationException refused = LoadBroken(s =>
        {
            s.Replace(StepFile, "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", SdkMessages.Update.ToString());
            s.Replace(StepFile, NoImages, Image("after", 1));
        });
        Assert.Contains("PreEvent step registration does not support Post Image", Assert.Single(refused.Problems));
    }

    [Fact]
    public void An_asynchronous_step_outside_post_operation_is_refused()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#execution-mode
        // ("Asynchronous plug-ins can only be registered for the PostOperation stage.")
        PluginRegistrationException refused = LoadBroken(s => s.Replace(StepFile, "<Mode>0</Mode>", "<Mode>1</Mode>"));
        Assert.Contains("asynchronous step must be registered in the post-operation stage (40), not 20", Assert.Single(refused.Problems));
    }

    [Fact]
    public void Filtering_attributes_on_a_message_without_them_are_refused()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#general-configuration-information-fields
        PluginRegistrationException refused = LoadBroken(s =>
            s.Replace(StepFile, "<FilteringAttributes></FilteringAttributes>", "<FilteringAttributes>lastname</FilteringAttributes>"));
        Assert.Contains("message 'Create' has no filtering attributes", Assert.Single(refused.Problems));
    }

    [Fact]
    public void A_filtering_attribute_that_is_not_a_column_is_refused()
    {
        PluginRegistrationException refused = LoadBroken(s =>
        {
            s.Replace(StepFile, "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", SdkMessages.Update.ToString());
            s.Replace(StepFile, "<FilteringAttributes></FilteringAttributes>", "<FilteringAttributes>lastname,nosuchcolumn</FilteringAttributes>");
        });
        Assert.Contains("filtering attribute 'nosuchcolumn' is not a column of 'contact'", Assert.Single(refused.Problems));
    }

    [Fact]
    public void A_plug_in_type_missing_from_the_assemblies_is_refused_with_its_name()
    {
        PluginRegistrationException refused = LoadBroken(s => s.Replace(StepFile,
            "<PluginTypeName>CxJourney.Emulator.Tests.Pipeline.Plugins.RecordingPlugin,",
            "<PluginTypeName>CxJourney.Emulator.Tests.Pipeline.Plugins.Vanished,"));
        string problem = Assert.Single(refused.Problems);
        Assert.Contains("plug-in type 'CxJourney.Emulator.Tests.Pipeline.Plugins.Vanished'", problem);
        Assert.Contains("was not found in the plug-in assemblies given (CxJourney.Emulator.Tests)", problem);
    }

    [Fact]
    public void A_type_that_does_not_implement_IPlugin_is_refused()
    {
        PluginRegistrationException refused = LoadBroken(s => s.Replace(StepFile,
            "<PluginTypeName>CxJourney.Emulator.Tests.Pipeline.Plugins.RecordingPlugin,",
            "<PluginTypeName>CxJourney.Emulator.Tests.Pipeline.Plugins.NotAPlugin,"));
        Assert.Contains($"'{typeof(NotAPlugin).FullName}' does not implement Microsoft.Xrm.Sdk.IPlugin", Assert.Single(refused.Problems));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        PluginRegistrationException refused = LoadBroken(s =>
        {
            s.Replace(StepFile, "<Mode>0</Mode>", "<Mode>1</Mode>");
            s.Replace(StepFile, NoImages, Image("before", 0, property: "Id"));
        });
        Assert.Equal(2, refused.Problems.Count);
        Assert.Contains("2 plug-in step registrations are invalid", refused.Message);
    }

    [Fact]
    public void Without_plug_in_assemblies_the_organization_runs_no_steps()
    {
        LocalOrganization organization = LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = PipelineFixtures.Folder("transactions") });
        Assert.Null(organization.Plugins);
        organization.GetService().Create(new Microsoft.Xrm.Sdk.Entity("account") { ["name"] = "fail-nested" });
        Assert.Equal(0, organization.Count("task"));
    }

    [Fact]
    public void A_message_id_no_public_source_gives_is_refused_as_the_import_refuses_it()
    {
        // A step whose SdkMessageId the organization does not know fails the whole import
        // ("sdkmessage With Id = ... Does Not Exist"). Ids: https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages
        PluginRegistrationException refused = LoadBroken(s => s.Replace(StepFile, "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", "a0367e87-e362-48a2-9790-bee741ca22a8"));
        Assert.Contains("sdkmessage With Id = a0367e87-e362-48a2-9790-bee741ca22a8 Does Not Exist", Assert.Single(refused.Problems));
    }

    [Fact]
    public void A_message_the_table_has_no_filter_for_is_refused_as_the_import_refuses_it()
    {
        // Merge exists for account, contact, lead and incident only:
        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages#table-support-for-messages
        PluginRegistrationException refused = LoadBroken(s =>
        {
            s.Replace(StepFile, "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", SdkMessages.Merge.ToString());
            s.Replace(StepFile, "<PrimaryEntity>contact</PrimaryEntity>", "<PrimaryEntity>task</PrimaryEntity>");
        });
        string problem = Assert.Single(refused.Problems);
        Assert.Contains("Expected to find one SdkMessageFilter for SdkMessageId " + SdkMessages.Merge.ToString("D") + ", PrimaryEntity task", problem);
    }

    [Fact]
    public void An_image_on_a_property_the_message_does_not_have_is_refused()
    {
        // A Create step's image is taken from Id, not Target:
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#messages-that-support-table-images
        PluginRegistrationException refused = LoadBroken(s =>
        {
            s.Replace(StepFile, "<Stage>20</Stage>", "<Stage>40</Stage>");
            s.Replace(StepFile, NoImages, Image("after", 1, property: "Target"));
        });
        string problem = Assert.Single(refused.Problems);
        Assert.Contains("MessagePropertyName 'Target'", problem);
        Assert.Contains("Create images are taken from 'Id'", problem);
    }

    [Fact]
    public void A_bulk_message_id_is_accepted_only_where_the_organization_knows_it_and_only_on_tables_that_have_it()
    {
        // The email table reference lists no CreateMultiple:
        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/email
        var known = new System.Collections.Generic.Dictionary<Guid, string> { [new Guid("3f1e6a9c-8a2b-4d1e-9c3f-1a2b3c4d5e01")] = "CreateMultiple" };
        using var solution = new TempSolution("../pipeline/invalid-base");
        solution.Replace(StepFile, "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", "3f1e6a9c-8a2b-4d1e-9c3f-1a2b3c4d5e01");
        solution.Replace(StepFile, ": Create of contact", ": CreateMultiple of email");
        solution.Replace(StepFile, "<PrimaryEntity>contact</PrimaryEntity>", "<PrimaryEntity>email</PrimaryEntity>");
        var refused = Assert.Throws<PluginRegistrationException>(() => LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = solution.Root,
            PluginAssemblies = [typeof(CxJourney.Emulator.Tests.Pipeline.Plugins.RecordingPlugin).Assembly],
            Pipeline = new PipelineSettings { OrganizationMessages = known },
        }));
        Assert.Contains("PrimaryEntity email", Assert.Single(refused.Problems));
    }
}

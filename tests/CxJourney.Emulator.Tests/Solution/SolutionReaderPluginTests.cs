using System;
using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Emulator.Tests.Solution;

public class SolutionReaderPluginTests
{
    private static readonly SolutionDefinition Minimal = SolutionReader.Read(SolutionFixtures.Fixture("minimal"));

    [Fact]
    public void Reads_the_plugin_assembly_identity_and_file()
    {
        var assembly = Assert.Single(Minimal.PluginAssemblies);
        Assert.Equal("CxJourney.Plugins", assembly.Name);
        Assert.Equal("1.0.0.0", assembly.Version);
        Assert.Equal("neutral", assembly.Culture);
        Assert.Equal("31bf3856ad364e35", assembly.PublicKeyToken);
        Assert.Equal(new Guid("6e1d5b1a-3c2f-4b7e-9a10-2d4c8e6f0a11"), assembly.Id);
        Assert.Equal(2, assembly.IsolationMode);
        Assert.Equal("PluginAssemblies/CxJourney.Plugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11/CxJourney.Plugins.dll", assembly.AssemblyFile);
        Assert.Equal("PluginAssemblies/CxJourney.Plugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11/CxJourney.Plugins.dll.data.xml", assembly.Source.File);
    }

    [Fact]
    public void Reads_plugin_types_and_finds_them_by_id()
    {
        var types = Minimal.PluginAssemblies[0].PluginTypes;
        Assert.Equal(new[] { "CxJourney.Plugins.ScoreTouchpoint", "CxJourney.Plugins.RecordContactCreated" }, types.Select(t => t.TypeName));
        Assert.Equal("Score touchpoint", types[0].FriendlyName);
        var found = Minimal.FindPluginType(new Guid("0b6f7c2e-1a2b-4c3d-8e9f-000000000002"));
        Assert.Equal("CxJourney.Plugins.RecordContactCreated", found!.TypeName);
    }

    [Fact]
    public void Reads_a_sync_pre_operation_update_step_with_filtering_attributes_and_configuration()
    {
        var step = Minimal.Steps.Single(s => s.Id == new Guid("0b6f7c2e-1a2b-4c3d-8e9f-000000000101"));
        Assert.Equal("Update", step.MessageName);
        Assert.Equal(SdkMessages.Update, step.SdkMessageId);
        Assert.Equal("cx_touchpoint", step.PrimaryEntity);
        Assert.Equal(PluginStepStage.PreOperation, step.Stage);
        Assert.Equal(PluginStepMode.Synchronous, step.Mode);
        Assert.Equal(5, step.Rank);
        // The list is trimmed: "cx_score, cx_channel" in the file.
        Assert.Equal(new[] { "cx_score", "cx_channel" }, step.FilteringAttributes);
        Assert.Equal("{\"weight\":2}", step.Configuration);
        Assert.Equal("CxJourney.Plugins.ScoreTouchpoint", step.PluginClassName);
        Assert.Equal(new Guid("0b6f7c2e-1a2b-4c3d-8e9f-000000000001"), step.PluginTypeId);
        Assert.Equal(StepSupportedDeployment.ServerOnly, step.SupportedDeployment);
        Assert.True(step.IsEnabled);
        Assert.False(step.AsyncAutoDelete);
    }

    [Fact]
    public void Reads_a_pre_image_with_its_columns()
    {
        var step = Minimal.Steps.Single(s => s.MessageName == "Update");
        var image = Assert.Single(step.Images);
        Assert.Equal("PreImage", image.Name);
        Assert.Equal("pre", image.EntityAlias);
        Assert.Equal(StepImageType.PreImage, image.ImageType);
        Assert.True(image.IsPreImage);
        Assert.False(image.IsPostImage);
        Assert.Equal("Target", image.MessagePropertyName);
        Assert.Equal(new[] { "cx_score", "cx_channel" }, image.Attributes);
        Assert.Equal(new Guid("0b6f7c2e-1a2b-4c3d-8e9f-000000000201"), image.Id);
    }

    [Fact]
    public void Reads_an_async_post_operation_create_step_whose_post_image_has_every_column()
    {
        var step = Minimal.Steps.Single(s => s.MessageName == "Create");
        Assert.Equal("contact", step.PrimaryEntity);
        Assert.Equal(PluginStepStage.PostOperation, step.Stage);
        Assert.Equal(PluginStepMode.Asynchronous, step.Mode);
        Assert.True(step.AsyncAutoDelete);
        Assert.Empty(step.FilteringAttributes);
        Assert.Null(step.Configuration);
        var image = Assert.Single(step.Images);
        Assert.Equal(StepImageType.PostImage, image.ImageType);
        Assert.Equal("id", image.MessagePropertyName);
        Assert.Empty(image.Attributes);
    }

    [Fact]
    public void Names_the_message_from_the_documented_id_or_else_from_the_step_name()
    {
        Assert.True(SdkMessages.TryGetName(new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"), out var delete));
        Assert.Equal("Delete", delete);
        Assert.True(SdkMessages.TryGetId("setstate", out var setState));
        Assert.Equal(new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"), setState);
        Assert.Equal("Associate", SdkMessages.MessageFromStepName("CxJourney.Plugins.Link: Associate of any Entity"));
        Assert.Equal("CreateMultiple", SdkMessages.MessageFromStepName("A.B: CreateMultiple of cx_touchpoint"));
        Assert.Null(SdkMessages.MessageFromStepName("Score touchpoints on update"));
    }

    [Fact]
    public void A_step_on_an_undocumented_message_id_takes_the_message_from_its_name()
    {
        using var temp = new TempSolution("minimal");
        const string file = "SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000102}.xml";
        temp.Replace(file, "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", "11111111-2222-3333-4444-555555555555");
        temp.Replace(file, "RecordContactCreated: Create of contact", "RecordContactCreated: CreateMultiple of contact");

        var step = SolutionReader.Read(temp.Root).Steps.Single(s => s.PrimaryEntity == "contact");
        Assert.Equal("CreateMultiple", step.MessageName);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>
/// The merged pipeline: steps on Create/Update run for each item of CreateMultiple/UpdateMultiple,
/// and steps on CreateMultiple/UpdateMultiple run for a single Create/Update with one Target.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
// https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation
public class MultiplePipelineTests
{
    /// <summary>
    /// The fixture's CreateMultiple/UpdateMultiple steps carry ids no public source gives; a real organization
    /// has its own, so this one is told them (the product's Solution/ may use none: see the message catalog).
    /// </summary>
    internal static readonly IReadOnlyDictionary<Guid, string> BulkMessageIds = new Dictionary<Guid, string>
    {
        [new Guid("3f1e6a9c-8a2b-4d1e-9c3f-1a2b3c4d5e01")] = "CreateMultiple",
        [new Guid("3f1e6a9c-8a2b-4d1e-9c3f-1a2b3c4d5e02")] = "UpdateMultiple",
    };

    private readonly LocalOrganization _organization = PipelineFixtures.Organization("multiple", new CxJourney.Emulator.Pipeline.PipelineSettings { OrganizationMessages = BulkMessageIds });

    private IReadOnlyList<Observation> Seen(string label) => Observations.For(_organization.OrganizationId, label);

    private Guid[] CreateMultiple(params string[] lastNames)
    {
        var targets = new EntityCollection(lastNames.Select(n => new Entity("contact") { ["lastname"] = n }).ToList()) { EntityName = "contact" };
        return ((CreateMultipleResponse)_organization.GetService().Execute(new CreateMultipleRequest { Targets = targets })).Ids;
    }

    [Fact]
    public void CreateMultiple_runs_its_own_steps_with_Targets_and_the_Create_steps_for_each_item()
    {
        Guid[] ids = CreateMultiple("Curie", "Meitner");

        Assert.Equal(new[] { "multiple-create-20", "single-create-20", "single-create-20", "multiple-create-40" },
            Observations.For(_organization.OrganizationId).Select(o => o.Label));
        Observation multiple = Seen("multiple-create-20").Single();
        Assert.Equal("CreateMultiple", multiple.MessageName);
        Assert.Null(multiple.Target);
        Assert.Equal(new[] { "Curie", "Meitner" }, multiple.Targets.Select(t => t.GetAttributeValue<string>("lastname")));

        // Each item's Create step sees the change the CreateMultiple step made to Targets.
        Assert.All(Seen("single-create-20"), o =>
        {
            Assert.Equal("Create", o.MessageName);
            Assert.Equal("from multiple create", o.Target!.GetAttributeValue<string>("jobtitle"));
        });
        Assert.All(ids, id =>
        {
            Entity stored = _organization.Get("contact", id);
            Assert.Equal("from multiple create", stored.GetAttributeValue<string>("jobtitle"));
            Assert.Equal("from single create", stored.GetAttributeValue<string>("description"));
        });
    }

    [Fact]
    public void CreateMultiple_post_operation_gets_the_Ids_and_one_post_image_per_target()
    {
        Guid[] ids = CreateMultiple("Curie", "Meitner");
        Observation post = Seen("multiple-create-40").Single();
        Assert.Equal(ids, (Guid[])post.Output["Ids"]!);
        Assert.Equal(2, post.PostImagesCollection.Count);
        Assert.Equal(ids, post.PostImagesCollection.Select(images => images["created"].Id));
        Assert.All(post.PostImagesCollection, images => Assert.Equal(new[] { "jobtitle", "lastname" }, images["created"].Attributes.Keys.OrderBy(k => k)));
        Assert.Empty(post.PostImages);
    }

    [Fact]
    public void A_single_Create_also_runs_the_CreateMultiple_steps_with_one_target()
    {
        Guid id = _organization.GetService().Create(new Entity("contact") { ["lastname"] = "Franklin" });
        Assert.Equal(new[] { "single-create-20", "multiple-create-20", "multiple-create-40" }, Observations.For(_organization.OrganizationId).Select(o => o.Label));

        Observation multiple = Seen("multiple-create-20").Single();
        Assert.Equal("CreateMultiple", multiple.MessageName);
        Assert.Equal("Franklin", Assert.Single(multiple.Targets).GetAttributeValue<string>("lastname"));
        Assert.Equal(new[] { id }, (Guid[])Seen("multiple-create-40").Single().Output["Ids"]!);
        Assert.Equal("from multiple create", _organization.Get("contact", id).GetAttributeValue<string>("jobtitle"));
    }

    [Fact]
    public void UpdateMultiple_runs_once_with_pre_images_per_target_and_the_Update_steps_per_item()
    {
        Guid[] ids = CreateMultiple("Curie", "Meitner");
        var targets = new EntityCollection(new List<Entity>
        {
            new("contact", ids[0]) { ["lastname"] = "Sklodowska-Curie" },
            new("contact", ids[1]) { ["lastname"] = "Meitner-Frisch" },
        }) { EntityName = "contact" };
        _organization.GetService().Execute(new UpdateMultipleRequest { Targets = targets });

        Observation multiple = Seen("multiple-update-20").Single();
        Assert.Equal("UpdateMultiple", multiple.MessageName);
        Assert.Equal(new[] { "Curie", "Meitner" }, multiple.PreImagesCollection.Select(images => images["before"].GetAttributeValue<string>("lastname")));
        Assert.All(multiple.PreImagesCollection, images => Assert.Equal(new[] { "lastname" }, images["before"].Attributes.Keys));
        Assert.Equal(2, Seen("single-update-40").Count);
        Assert.All(Seen("single-update-40"), o => Assert.Equal("Update", o.MessageName));
    }

    [Fact]
    public void UpdateMultiple_filtering_attributes_are_checked_against_the_targets()
    {
        Guid[] ids = CreateMultiple("Curie", "Meitner");
        var targets = new EntityCollection(ids.Select(id => new Entity("contact", id) { ["jobtitle"] = "Physicist" }).ToList()) { EntityName = "contact" };
        _organization.GetService().Execute(new UpdateMultipleRequest { Targets = targets });
        Assert.Empty(Seen("multiple-update-20"));
        Assert.Equal(2, Seen("single-update-40").Count);
    }

    [Fact]
    public void A_single_Update_runs_the_UpdateMultiple_step_with_its_pre_image_in_the_collection()
    {
        Guid id = _organization.GetService().Create(new Entity("contact") { ["lastname"] = "Noether" });
        _organization.GetService().Update(new Entity("contact", id) { ["lastname"] = "Noether-Emmy" });
        Observation multiple = Seen("multiple-update-20").Single();
        Assert.Equal("Noether-Emmy", Assert.Single(multiple.Targets).GetAttributeValue<string>("lastname"));
        Assert.Equal("Noether", Assert.Single(multiple.PreImagesCollection)["before"].GetAttributeValue<string>("lastname"));
    }
}

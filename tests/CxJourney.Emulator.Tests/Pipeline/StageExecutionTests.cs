using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>Stages, rank order, filtering attributes, images and Target changes, as the registrations of fixtures/pipeline/context say.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
public class StageExecutionTests
{
    private readonly LocalOrganization _organization = PipelineFixtures.Organization("context");

    private IReadOnlyList<Observation> Seen => Observations.For(_organization.OrganizationId);

    private Guid CreateAda() =>
        _organization.GetService().Create(new Entity("contact") { ["firstname"] = "Ada", ["lastname"] = "Lovelace", ["jobtitle"] = "Analyst" });

    [Fact]
    public void Stages_run_in_order_and_steps_of_a_stage_by_rank()
    {
        CreateAda();
        // create-20b is first in Solution/ but has rank 2: rank decides.
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#general-configuration-information-fields ("Execution Order")
        Assert.Equal(new[] { "create-10", "create-20a", "create-20b", "create-40" }, Seen.Select(o => o.Label));
        Assert.Equal(new[] { 10, 20, 20, 40 }, Seen.Select(o => o.Stage));
    }

    [Fact]
    public void A_Target_change_at_pre_operation_reaches_the_core_operation_and_later_steps()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#inputparameters
        Guid id = CreateAda();
        Assert.Equal("set at pre-operation", _organization.Get("contact", id).GetAttributeValue<string>("description"));
        Assert.Equal("set at pre-operation", Observations.For(_organization.OrganizationId, "create-20b").Single().Target!.GetAttributeValue<string>("description"));
        Assert.False(Observations.For(_organization.OrganizationId, "create-20a").Single().Target!.Contains("description"));
    }

    [Fact]
    public void The_callers_entity_is_not_changed_by_plug_ins()
    {
        // The request crosses the service boundary serialized: plug-ins work on the platform's copy.
        var contact = new Entity("contact") { ["lastname"] = "Hopper" };
        _organization.GetService().Create(contact);
        Assert.False(contact.Contains("description"));
    }

    [Fact]
    public void A_post_image_holds_exactly_the_registered_attributes()
    {
        Guid id = CreateAda();
        Observation post = Observations.For(_organization.OrganizationId, "create-40").Single();
        Entity image = post.PostImages["created"];
        Assert.Equal(id, image.Id);
        Assert.Equal(new[] { "description", "firstname", "lastname" }, image.Attributes.Keys.OrderBy(k => k));
        Assert.Equal("Ada", image.GetAttributeValue<string>("firstname"));
        Assert.Equal("set at pre-operation", image.GetAttributeValue<string>("description"));
    }

    [Fact]
    public void An_image_is_trimmed_to_its_registered_attributes_and_an_empty_list_means_all()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#define-table-images
        Guid id = CreateAda();
        _organization.GetService().Update(new Entity("contact", id) { ["lastname"] = "Byron" });

        Observation before = Observations.For(_organization.OrganizationId, "update-20").Single();
        Assert.Equal(new[] { "firstname" }, before.PreImages["before"].Attributes.Keys);

        Observation after = Observations.For(_organization.OrganizationId, "update-40").Single();
        Entity pre = after.PreImages["pre"];
        Assert.Equal("Lovelace", pre.GetAttributeValue<string>("lastname"));
        Assert.Equal("Analyst", pre.GetAttributeValue<string>("jobtitle"));
        Assert.True(pre.Contains("contactid"));
        Assert.True(pre.Contains("createdon"));
        Entity post = after.PostImages["post"];
        Assert.Equal(new[] { "description", "lastname" }, post.Attributes.Keys.OrderBy(k => k));
        Assert.Equal("Byron", post.GetAttributeValue<string>("lastname"));
    }

    [Fact]
    public void An_update_step_with_filtering_attributes_runs_only_when_the_target_carries_one()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration
        Guid id = CreateAda();
        _organization.GetService().Update(new Entity("contact", id) { ["jobtitle"] = "Engineer" });
        Assert.Empty(Observations.For(_organization.OrganizationId, "update-20"));
        Assert.Single(Observations.For(_organization.OrganizationId, "update-40"));

        _organization.GetService().Update(new Entity("contact", id) { ["firstname"] = "Augusta", ["jobtitle"] = "Countess" });
        Assert.Single(Observations.For(_organization.OrganizationId, "update-20"));
    }

    [Fact]
    public void A_Delete_step_gets_the_reference_and_its_pre_image()
    {
        Guid id = CreateAda();
        _organization.GetService().Delete("contact", id);
        Observation delete = Observations.For(_organization.OrganizationId, "delete-20").Single();
        Assert.Equal(new EntityReference("contact", id), delete.TargetReference);
        Assert.Equal(id, delete.PrimaryEntityId);
        Assert.Equal(new[] { "lastname" }, delete.PreImages["gone"].Attributes.Keys);
        Assert.Null(_organization.Find("contact", id));
    }

    [Fact]
    public void A_post_operation_step_changes_what_Retrieve_answers_through_BusinessEntity()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#outputparameters
        Guid id = CreateAda();
        Entity retrieved = _organization.GetService().Retrieve("contact", id, new ColumnSet("lastname"));
        Assert.Equal("decorated by a plug-in", retrieved.GetAttributeValue<string>("jobtitle"));
        Assert.Equal("Analyst", _organization.Get("contact", id).GetAttributeValue<string>("jobtitle"));
    }

    [Fact]
    public void RetrieveMultiple_post_operation_sees_the_query_and_BusinessEntityCollection()
    {
        CreateAda();
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        EntityCollection found = _organization.GetService().RetrieveMultiple(query);
        Observation seen = Observations.For(_organization.OrganizationId, "retrievemultiple-40").Single();
        Assert.Equal("RetrieveMultiple", seen.MessageName);
        Assert.Equal("contact", seen.PrimaryEntityName);
        Assert.IsType<QueryExpression>(seen.Input["Query"]);
        var collection = Assert.IsType<EntityCollection>(seen.Output["BusinessEntityCollection"]);
        Assert.Equal(found.Entities.Count, collection.Entities.Count);
        Assert.False(seen.Output.ContainsKey("EntityCollection"));
    }

    [Fact]
    public void Each_step_constructor_gets_its_unsecure_and_secure_configuration()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in#pass-configuration-data-to-your-plug-in
        Guid stepId = PipelineFixtures.StepId("c0000001", 10);
        LocalOrganization organization = PipelineFixtures.Organization("context", new Emulator.Pipeline.PipelineSettings
        {
            SecureConfigurations = new Dictionary<Guid, string> { [stepId] = "the secret" },
        });
        Guid accountId = organization.GetService().Create(new Entity("account") { ["name"] = "Contoso" });
        Observation seen = Observations.For(organization.OrganizationId, "account-20").Single();
        Assert.Equal("label=account-20", seen.Unsecure);
        Assert.Equal("the secret", seen.Secure);

        organization.GetService().Update(new Entity("account", accountId) { ["name"] = "Contoso Ltd" });
        Assert.Equal(new[] { "parameterless" }, organization.Plugins().Log.RunsOf(typeof(ParameterlessPlugin)).Single().Trace);
        Assert.Equal(new[] { "unsecure=only unsecure" }, organization.Plugins().Log.RunsOf(typeof(UnsecureOnlyPlugin)).Single().Trace);
    }

    [Fact]
    public void BypassCustomPluginExecution_skips_synchronous_steps_but_not_asynchronous_ones()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic
        var create = new CreateRequest { Target = new Entity("contact") { ["lastname"] = "Quiet" } };
        create.Parameters["BypassCustomPluginExecution"] = true;
        Guid id = ((CreateResponse)_organization.GetService().Execute(create)).id;
        Assert.Empty(Seen);
        Assert.False(_organization.Get("contact", id).Contains("description"));

        var task = new CreateRequest { Target = new Entity("task") { ["subject"] = "bulk import" } };
        task.Parameters["BypassCustomPluginExecution"] = true;
        _organization.GetService().Execute(task);
        Assert.Equal(1, _organization.Plugins().AsyncQueue.Pending);
    }

    [Fact]
    public void BypassBusinessLogicExecution_and_step_ids_skip_what_they_name()
    {
        // https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic
        var task = new CreateRequest { Target = new Entity("task") { ["subject"] = "no async" } };
        task.Parameters["BypassBusinessLogicExecution"] = "CustomAsync";
        _organization.GetService().Execute(task);
        Assert.Equal(0, _organization.Plugins().AsyncQueue.Pending);

        var contact = new CreateRequest { Target = new Entity("contact") { ["lastname"] = "Partial" } };
        contact.Parameters["BypassBusinessLogicExecutionStepIds"] = PipelineFixtures.StepId("c0000001", 3).ToString();
        Guid id = ((CreateResponse)_organization.GetService().Execute(contact)).id;
        Assert.Equal(new[] { "create-10", "create-20b", "create-40" }, Seen.Select(o => o.Label));
        Assert.False(_organization.Get("contact", id).Contains("description"));
    }
}

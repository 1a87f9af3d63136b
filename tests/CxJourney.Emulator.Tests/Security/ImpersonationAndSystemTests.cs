using System;
using CxJourney.Emulator.Pipeline;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Security;

/// <summary>Acting on behalf of another user, and the SYSTEM user plug-ins may use.</summary>
public sealed class ImpersonationAndSystemTests
{
    private readonly SecurityWorld _world = new();

    // https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user
    [Fact]
    public void Impersonation_needs_prvActOnBehalfOfAnotherUser()
    {
        string creator = _world.Role("Creator", PrivilegeDepth.Global, "prvCreateContact", "prvReadContact");
        Guid service = _world.User("Integration", _world.North, creator);
        Guid agent = _world.User("Agent", _world.North, creator);
        LocalOrganizationService acting = _world.Org.GetService(service);
        acting.CallerId = agent;

        Assert.Contains("prvActOnBehalfOfAnotherUser", SecurityWorld.Denied(() => acting.Create(new Entity("contact") { ["lastname"] = "X" })).Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user
    [Fact]
    public void The_impersonated_users_privileges_apply_and_rows_record_both_users()
    {
        string delegator = _world.Role("Delegate", PrivilegeDepth.Global, "prvActOnBehalfOfAnotherUser", "prvCreateContact", "prvCreateAccount");
        Guid service = _world.User("Integration", _world.North, delegator);
        Guid agent = _world.User("Agent", _world.South, _world.Role("Contacts only", PrivilegeDepth.Basic, "prvCreateContact"));
        LocalOrganizationService acting = _world.Org.GetService(service);
        acting.CallerId = agent;

        Entity created = _world.Org.Get("contact", acting.Create(new Entity("contact") { ["lastname"] = "For the agent" }));

        Assert.Equal(agent, created.GetAttributeValue<EntityReference>("createdby")!.Id);
        Assert.Equal(agent, created.GetAttributeValue<EntityReference>("ownerid")!.Id);
        Assert.Equal(service, created.GetAttributeValue<EntityReference>("createdonbehalfby")!.Id);
        Assert.Equal(_world.South, created.GetAttributeValue<EntityReference>("owningbusinessunit")!.Id);
        Assert.Contains("prvCreateAccount", SecurityWorld.Denied(() => acting.Create(new Entity("account") { ["name"] = "Not the agent's" })).Message);
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice
    // (null: the SYSTEM user; a user id: that user, whose privileges apply)
    [Fact]
    public void A_plugins_SYSTEM_service_is_not_bound_by_the_callers_privileges_but_the_callers_service_is()
    {
        PluginPipeline pipeline = PluginPipeline.Attach(_world.Org, StepRegistry.Empty);
        Guid caller = _world.User("Caller", _world.North, _world.Role("Reader", PrivilegeDepth.Basic, "prvReadContact"));
        var context = new PluginUnitContext { Target = new Entity("contact", Guid.NewGuid()) { ["lastname"] = "Trigger" }, UserId = caller };

        PluginUnitRun asSystem = pipeline.Unit.Run(new CreatingPlugin(useSystem: true), context);
        PluginUnitRun asCaller = pipeline.Unit.Run(new CreatingPlugin(useSystem: false), context);

        Assert.True(asSystem.Succeeded, asSystem.Exception?.Message);
        Assert.False(asCaller.Succeeded);
        Assert.Contains("prvCreateActivity", asCaller.Fault!.Detail.Message);
        Assert.Single(_world.Org.Query("task"));
    }

    private sealed class CreatingPlugin(bool useSystem) : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            IOrganizationService service = factory.CreateOrganizationService(useSystem ? null : context.UserId);
            service.Create(new Entity("task") { ["subject"] = "Follow up" });
        }
    }
}

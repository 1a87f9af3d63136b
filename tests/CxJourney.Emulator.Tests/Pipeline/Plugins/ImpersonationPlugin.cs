using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>Creates one task through each kind of service the factory gives: as the context's user, SYSTEM, the initiating user, Guid.Empty.</summary>
public sealed class ImpersonationPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(context.UserId).Create(new Entity("task") { ["subject"] = "as-user" });
        factory.CreateOrganizationService(null).Create(new Entity("task") { ["subject"] = "as-system" });
        factory.CreateOrganizationService(context.InitiatingUserId).Create(new Entity("task") { ["subject"] = "as-initiating" });
        factory.CreateOrganizationService(Guid.Empty).Create(new Entity("task") { ["subject"] = "as-empty" });
    }
}

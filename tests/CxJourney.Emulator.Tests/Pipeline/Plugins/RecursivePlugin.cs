using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>
/// On Update of an account, updates the same account again (numberofemployees + 1): the classic
/// plug-in that triggers itself. "guard=true" stops at depth 2, as a careful plug-in would.
/// </summary>
public sealed class RecursivePlugin : IPlugin
{
    private readonly PluginConfig _config;

    public RecursivePlugin(string unsecure) { _config = new PluginConfig(unsecure); }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("depth {0}", context.Depth);
        if (_config["guard"] == "true" && context.Depth > 1) return;

        var target = (Entity)context.InputParameters["Target"]!;
        int employees = target.GetAttributeValue<int?>("numberofemployees") ?? 0;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(context.UserId).Update(new Entity("account", context.PrimaryEntityId) { ["numberofemployees"] = employees + 1 });
    }
}

using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>A plug-in with only the parameterless constructor: traces that it ran.</summary>
public sealed class ParameterlessPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("parameterless");
}

/// <summary>A plug-in taking only the unsecure configuration: traces it.</summary>
public sealed class UnsecureOnlyPlugin : IPlugin
{
    private readonly string? _unsecure;

    public UnsecureOnlyPlugin(string unsecure) { _unsecure = unsecure; }

    public void Execute(IServiceProvider serviceProvider) =>
        ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("unsecure={0}", _unsecure ?? "(null)");
}

/// <summary>Changes what Retrieve answers, in post-operation, through OutputParameters["BusinessEntity"].</summary>
public sealed class RetrieveDecoratorPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.OutputParameters.TryGetValue("BusinessEntity", out object? value) && value is Entity entity)
        {
            entity["jobtitle"] = "decorated by a plug-in";
        }
    }
}

/// <summary>A class named by a step that is not a plug-in: the registration must be refused.</summary>
public sealed class NotAPlugin
{
    public void Execute(IServiceProvider serviceProvider) { }
}

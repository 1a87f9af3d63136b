using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Bench.Pipeline;

/// <summary>A step that only asks for its context: what remains is the pipeline's own cost.</summary>
public sealed class NoOpPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        _ = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
    }
}

using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>
/// Throws: InvalidPluginExecutionException with "message=..." ("kind=invalid", the default) or an
/// InvalidOperationException ("kind=unexpected"); only when the Target's column holds the value
/// given by "when=column:value", when that is set.
/// </summary>
public sealed class FailingPlugin : IPlugin
{
    private readonly PluginConfig _config;

    public FailingPlugin(string unsecure, string secure) { _config = new PluginConfig(unsecure); }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (_config["when"] is string when)
        {
            (string attribute, string value) = PluginConfig.Pair(when);
            if (!(context.InputParameters.TryGetValue("Target", out object? target) && target is Entity row
                && string.Equals(row.GetAttributeValue<string>(attribute), value, StringComparison.Ordinal)))
            {
                return;
            }
        }
        string message = _config["message"] ?? "refused";
        if (_config["kind"] == "unexpected") throw new InvalidOperationException(message);
        throw new InvalidPluginExecutionException(message);
    }
}

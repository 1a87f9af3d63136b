using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests.Support;

/// <summary>
/// The test solution's pre-operation Create step on cx_touchpoint: it stamps cx_externalid (an
/// alternate key, so the stamp includes the name) on a touchpoint that has none, and refuses one
/// named "reject", so a test can see that a request made over HTTP ran the plug-in pipeline.
/// </summary>
public sealed class StampTouchpointPlugin : IPlugin
{
    public static string StampOf(string? name) => "stamped:" + name;

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Target"] is not Entity target) return;
        if (target.GetAttributeValue<string>("cx_name") == "reject")
        {
            throw new InvalidPluginExecutionException("Touchpoints named 'reject' are refused.");
        }

        if (!target.Contains("cx_externalid")) target["cx_externalid"] = StampOf(target.GetAttributeValue<string>("cx_name"));
    }
}

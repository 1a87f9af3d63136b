using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>
/// "Now" for an event: when its operation was created, not when an asynchronous job happens to run, so a
/// re-delivered job computes the same due dates and the same score.
/// </summary>
public static class PluginClock
{
    public static DateTime Now(IPluginExecutionContext context)
    {
        var created = context.OperationCreatedOn;
        return created == default ? DateTime.UtcNow : DateTime.SpecifyKind(created, DateTimeKind.Utc);
    }
}

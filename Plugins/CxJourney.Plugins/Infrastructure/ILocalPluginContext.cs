using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>
/// Everything one execution of a plugin needs, resolved once from the service provider.
/// Lives for one Execute call only, so it may hold per-call state; the plugin instance may not.
/// </summary>
public interface ILocalPluginContext
{
    IServiceProvider ServiceProvider { get; }

    IPluginExecutionContext ExecutionContext { get; }

    /// <summary>Acts as the user the step runs as (the step's impersonation, else the caller).</summary>
    IOrganizationService PluginUserService { get; }

    /// <summary>Acts as the user who started the operation, whatever the step's impersonation.</summary>
    IOrganizationService InitiatingUserService { get; }

    /// <summary>Acts as SYSTEM: for the product's own bookkeeping rows that a caller may not be allowed to write.</summary>
    IOrganizationService SystemService { get; }

    ITracingService TracingService { get; }

    // No PluginTelemetry.ILogger here: SDK build 9.0.2.9 (the floor, see `cxjourney check`) has no such type, and a
    // plug-in whose types name it cannot load there. The trace is what every build has.

    /// <summary>Time since this execution started, for trace lines an admin can read for slowness.</summary>
    TimeSpan Elapsed { get; }

    /// <summary>Writes a trace line prefixed with the elapsed time.</summary>
    void Trace(string message);
}

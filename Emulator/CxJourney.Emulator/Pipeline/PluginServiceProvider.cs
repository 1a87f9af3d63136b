using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// The IServiceProvider handed to IPlugin.Execute: the execution context (under every interface
/// version), tracing, the organization service factory and the logger; null for anything else,
/// as the platform answers for services it does not offer.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in#services-you-can-use-in-your-code
public sealed class PluginServiceProvider : IServiceProvider
{
    internal PluginServiceProvider(PluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory, ILogger logger)
    {
        Context = context;
        Tracing = tracing;
        Factory = factory;
        Logger = logger;
    }

    public PluginExecutionContext Context { get; }

    public ITracingService Tracing { get; }

    public IOrganizationServiceFactory Factory { get; }

    public ILogger Logger { get; }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext)
            || serviceType == typeof(IExecutionContext)
            || serviceType == typeof(IPluginExecutionContext2)
            || serviceType == typeof(IPluginExecutionContext3)
            || serviceType == typeof(IPluginExecutionContext4)
            || serviceType == typeof(IPluginExecutionContext5)
            || serviceType == typeof(IPluginExecutionContext6)
            || serviceType == typeof(IPluginExecutionContext7))
        {
            return Context;
        }
        if (serviceType == typeof(ITracingService)) return Tracing;
        if (serviceType == typeof(IOrganizationServiceFactory)) return Factory;
        if (serviceType == typeof(ILogger)) return Logger;
        return null;
    }
}

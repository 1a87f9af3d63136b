using System;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>Resolves the platform services once per execution and keeps the clock for elapsed-time tracing.</summary>
public sealed class LocalPluginContext : ILocalPluginContext
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly IOrganizationServiceFactory _factory;
    private IOrganizationService? _pluginUserService;
    private IOrganizationService? _initiatingUserService;
    private IOrganizationService? _systemService;

    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        ServiceProvider = serviceProvider ?? throw new InvalidPluginExecutionException("The platform supplied no service provider.");
        ExecutionContext = Resolve<IPluginExecutionContext>(serviceProvider);
        TracingService = Resolve<ITracingService>(serviceProvider);
        _factory = Resolve<IOrganizationServiceFactory>(serviceProvider);
    }

    public IServiceProvider ServiceProvider { get; }

    public IPluginExecutionContext ExecutionContext { get; }

    public ITracingService TracingService { get; }

    // Services are created on first use: many executions return early and never call the organization.
    public IOrganizationService PluginUserService =>
        _pluginUserService ??= _factory.CreateOrganizationService(ExecutionContext.UserId);

    public IOrganizationService InitiatingUserService =>
        _initiatingUserService ??= _factory.CreateOrganizationService(ExecutionContext.InitiatingUserId);

    public IOrganizationService SystemService =>
        _systemService ??= _factory.CreateOrganizationService(null);

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Trace(string message)
    {
        var ms = _clock.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
        // Trace logs are read by admins who may not read the records: personal data in a line is masked.
        TracingService.Trace("[+{0} ms] {1}", ms, Domain.Text.PiiMasker.Mask(message));
    }

    private static T Resolve<T>(IServiceProvider provider) where T : class =>
        provider.GetService(typeof(T)) as T
        ?? throw new InvalidPluginExecutionException($"The platform did not provide {typeof(T).Name}; this plugin must run inside the Dataverse event pipeline.");
}

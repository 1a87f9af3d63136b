using System;
using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>
/// An asynchronous plug-in calling a flaky resource: the first "failures=N" runs of each system job
/// throw InvalidPluginExecutionException with OperationStatus.Retry; the next one writes a task.
/// </summary>
public sealed class RetryPlugin : IPlugin
{
    private static readonly ConcurrentDictionary<Guid, int> RunsByJob = new();
    private readonly int _failures;

    public RetryPlugin(string unsecure) { _failures = int.Parse(new PluginConfig(unsecure)["failures"] ?? "0", System.Globalization.CultureInfo.InvariantCulture); }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        int run = RunsByJob.AddOrUpdate(context.OperationId, 1, (_, runs) => runs + 1);
        if (run <= _failures)
        {
            throw new InvalidPluginExecutionException(OperationStatus.Retry, 0, $"the remote service is busy (run {run})");
        }
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(context.UserId).Create(new Entity("task")
        {
            ["subject"] = $"synced after {run} runs",
            ["regardingobjectid"] = new EntityReference(context.PrimaryEntityName, context.PrimaryEntityId),
        });
    }
}

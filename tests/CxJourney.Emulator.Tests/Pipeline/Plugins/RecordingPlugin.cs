using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>
/// Records what it sees (see <see cref="Observation"/>) and, as its configuration says, shares a
/// variable ("share=key"), sets Target columns ("set=column:value"), sets a column on every item of
/// Targets ("setall=column:value"), traces ("trace=text") and logs ("log=text").
/// </summary>
public sealed class RecordingPlugin : IPlugin
{
    private static readonly Type[] KnownServices =
    [
        typeof(IPluginExecutionContext), typeof(IExecutionContext), typeof(IPluginExecutionContext2), typeof(IPluginExecutionContext3),
        typeof(IPluginExecutionContext4), typeof(IPluginExecutionContext5), typeof(IPluginExecutionContext6), typeof(IPluginExecutionContext7),
        typeof(ITracingService), typeof(IOrganizationServiceFactory), typeof(ILogger),
    ];

    private readonly string? _unsecure;
    private readonly string? _secure;
    private readonly PluginConfig _config;

    public RecordingPlugin(string unsecure, string secure)
    {
        _unsecure = unsecure;
        _secure = secure;
        _config = new PluginConfig(unsecure);
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext7)serviceProvider.GetService(typeof(IPluginExecutionContext7))!;
        string label = _config["label"] ?? "recording";

        Observations.Add(new Observation
        {
            Label = label,
            Unsecure = _unsecure,
            Secure = _secure,
            InstanceId = RuntimeHelpers.GetHashCode(this),
            ThreadId = Environment.CurrentManagedThreadId,
            MessageName = context.MessageName,
            PrimaryEntityName = context.PrimaryEntityName,
            PrimaryEntityId = context.PrimaryEntityId,
            Stage = context.Stage,
            Mode = context.Mode,
            Depth = context.Depth,
            UserId = context.UserId,
            InitiatingUserId = context.InitiatingUserId,
            BusinessUnitId = context.BusinessUnitId,
            OrganizationId = context.OrganizationId,
            OrganizationName = context.OrganizationName,
            CorrelationId = context.CorrelationId,
            RequestId = context.RequestId,
            IsInTransaction = context.IsInTransaction,
            OperationCreatedOn = context.OperationCreatedOn,
            OperationId = context.OperationId,
            OwningExtension = context.OwningExtension,
            Target = context.InputParameters.TryGetValue("Target", out object? target) && target is Entity entity ? RowCopy.Clone(entity) : null,
            TargetReference = target as EntityReference,
            Targets = context.InputParameters.TryGetValue("Targets", out object? targets) && targets is EntityCollection collection
                ? collection.Entities.Select(RowCopy.Clone).ToList()
                : [],
            Input = Observation.Copy(context.InputParameters),
            Output = Observation.Copy(context.OutputParameters),
            Shared = Observation.Copy(context.SharedVariables),
            PreImages = Observation.Copy(context.PreEntityImages),
            PostImages = Observation.Copy(context.PostEntityImages),
            PreImagesCollection = context.PreEntityImagesCollection.Select(Observation.Copy).ToList(),
            PostImagesCollection = context.PostEntityImagesCollection.Select(Observation.Copy).ToList(),
            Parent = ObservedParent.Of(context.ParentContext),
            ServicesAnswered = KnownServices.Where(t => serviceProvider.GetService(t) is not null).Select(t => t.Name).ToList(),
            OtherServicesAreNull = serviceProvider.GetService(typeof(IServiceEndpointNotificationService)) is null
                && serviceProvider.GetService(typeof(IFeatureControlService)) is null
                && serviceProvider.GetService(typeof(string)) is null,
        });

        if (_config["share"] is string key) context.SharedVariables[key] = label;
        foreach (string assignment in _config.All("set"))
        {
            (string attribute, string value) = PluginConfig.Pair(assignment);
            if (context.InputParameters["Target"] is Entity row) row[attribute] = value;
        }
        foreach (string assignment in _config.All("setall"))
        {
            (string attribute, string value) = PluginConfig.Pair(assignment);
            if (context.InputParameters.TryGetValue("Targets", out object? all) && all is EntityCollection rows)
            {
                foreach (Entity row in rows.Entities) row[attribute] = value;
            }
        }
        if (_config["trace"] is string trace)
        {
            ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!).Trace("{0} at stage {1}", trace, context.Stage);
        }
        if (_config["log"] is string log)
        {
            ((ILogger)serviceProvider.GetService(typeof(ILogger))!).LogInformation(log);
        }
        if (_config["sleep"] is string sleep) Thread.Sleep(int.Parse(sleep, System.Globalization.CultureInfo.InvariantCulture));
    }
}

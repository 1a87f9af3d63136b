using System;
using System.Collections.Generic;
using System.Reflection;
using System.ServiceModel;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// Unit mode: runs one plug-in with a context the test describes (target, images, stage, user,
/// depth...) over the same organization, without a step registration. Its service calls are real
/// requests, logged like a step's; at pre- and post-operation it runs inside a transaction that
/// its failure rolls back.
/// </summary>
public sealed class PluginUnit
{
    private readonly PluginPipeline _pipeline;

    internal PluginUnit(PluginPipeline pipeline) { _pipeline = pipeline; }

    /// <summary>Constructs <typeparamref name="TPlugin"/> as the platform would for a step with this configuration, then runs it.</summary>
    public PluginUnitRun Run<TPlugin>(PluginUnitContext context, string? unsecureConfiguration = null, string? secureConfiguration = null)
        where TPlugin : IPlugin
    {
        Type type = typeof(TPlugin);
        ConstructorInfo? constructor = type.GetConstructor([typeof(string), typeof(string)]);
        object?[] arguments = [unsecureConfiguration, secureConfiguration];
        if (constructor is null)
        {
            constructor = type.GetConstructor([typeof(string)]);
            arguments = [unsecureConfiguration];
        }
        if (constructor is null)
        {
            constructor = type.GetConstructor(Type.EmptyTypes) ?? throw new InvalidOperationException($"{type.FullName} has no constructor the platform can call.");
            arguments = [];
        }
        return Run((IPlugin)constructor.Invoke(arguments), context);
    }

    /// <summary>Runs <paramref name="plugin"/> once with the described context.</summary>
    public PluginUnitRun Run(IPlugin plugin, PluginUnitContext context)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(context);
        OrganizationCore core = _pipeline.Core;
        PluginExecutionContext executionContext = Build(context, core);
        bool inTransaction = context.InTransaction ?? (context.Mode == PluginStepMode.Synchronous && context.Stage != PluginStepStage.PreValidation);
        executionContext.IsInTransaction = inTransaction;

        lock (core.Store.Gate)
        {
            StoreTransaction? transaction = inTransaction ? core.Store.BeginTransaction() : null;
            RequestContext caller = CallerFor(executionContext).WithTransaction(transaction);
            Exception? failure = _pipeline.Invoke(null, plugin, executionContext, caller, owner: null, operation: null, callerRun: null, attempt: 1, out StepRun run);
            if (transaction is not null)
            {
                if (failure is null) transaction.Commit();
                else if (transaction.IsActive) transaction.Rollback();
            }
            return new PluginUnitRun(executionContext, run, failure);
        }
    }

    private PluginExecutionContext Build(PluginUnitContext spec, OrganizationCore core)
    {
        var input = new ParameterCollection();
        if (spec.Target is not null) input["Target"] = spec.Target;
        else if (spec.TargetReference is not null) input["Target"] = spec.TargetReference;
        foreach (KeyValuePair<string, object?> parameter in spec.InputParameters) input[parameter.Key] = parameter.Value;
        var output = new ParameterCollection();
        foreach (KeyValuePair<string, object?> parameter in spec.OutputParameters) output[parameter.Key] = parameter.Value;
        var shared = new ParameterCollection();
        foreach (KeyValuePair<string, object?> variable in spec.SharedVariables) shared[variable.Key] = variable.Value;

        (string entity, Guid id) = MessageShape.PrimaryOf(input, core);
        Guid user = spec.UserId ?? core.AdminUserId;
        var context = new PluginExecutionContext(input, output, shared)
        {
            Stage = (int)spec.Stage,
            Mode = (int)spec.Mode,
            Depth = spec.Depth,
            MessageName = spec.MessageName,
            PrimaryEntityName = spec.PrimaryEntityName ?? entity,
            PrimaryEntityId = spec.PrimaryEntityId ?? id,
            RequestId = Guid.NewGuid(),
            UserId = user,
            InitiatingUserId = spec.InitiatingUserId ?? user,
            AuthenticatedUserId = spec.InitiatingUserId ?? user,
            BusinessUnitId = core.Store.ValueOf<EntityReference>("systemuser", user, "businessunitid")?.Id ?? core.RootBusinessUnitId,
            OrganizationId = core.OrganizationId,
            OrganizationName = _pipeline.OrganizationName,
            EnvironmentId = core.OrganizationId.ToString(),
            CorrelationId = spec.CorrelationId ?? Guid.NewGuid(),
            OperationCreatedOn = core.Clock.UtcNow,
            ParentContext = spec.ParentContext,
        };
        foreach (KeyValuePair<string, Entity> image in spec.PreImages) context.PreEntityImages[image.Key] = image.Value;
        foreach (KeyValuePair<string, Entity> image in spec.PostImages) context.PostEntityImages[image.Key] = image.Value;
        return context;
    }

    /// <summary>A request context at the described depth: the plug-in's calls run one level deeper.</summary>
    private static RequestContext CallerFor(PluginExecutionContext context)
    {
        RequestContext caller = RequestContext.ForCaller(context.UserId, context.InitiatingUserId, null, context.CorrelationId);
        for (int depth = 1; depth < context.Depth; depth++) caller = caller.ForPluginCall(context.UserId, context.MessageName);
        return caller;
    }
}

/// <summary>What a unit-mode run hands the plug-in.</summary>
public sealed record PluginUnitContext
{
    public string MessageName { get; init; } = "Create";

    public PluginStepStage Stage { get; init; } = PluginStepStage.PreOperation;

    public PluginStepMode Mode { get; init; } = PluginStepMode.Synchronous;

    /// <summary>InputParameters["Target"] as an entity (Create, Update).</summary>
    public Entity? Target { get; init; }

    /// <summary>InputParameters["Target"] as a reference (Delete, Retrieve...), when <see cref="Target"/> is null.</summary>
    public EntityReference? TargetReference { get; init; }

    public IDictionary<string, object?> InputParameters { get; init; } = new Dictionary<string, object?>();

    public IDictionary<string, object?> OutputParameters { get; init; } = new Dictionary<string, object?>();

    public IDictionary<string, Entity> PreImages { get; init; } = new Dictionary<string, Entity>();

    public IDictionary<string, Entity> PostImages { get; init; } = new Dictionary<string, Entity>();

    public IDictionary<string, object?> SharedVariables { get; init; } = new Dictionary<string, object?>();

    /// <summary>Default: the organization's administrator.</summary>
    public Guid? UserId { get; init; }

    /// <summary>Default: <see cref="UserId"/>.</summary>
    public Guid? InitiatingUserId { get; init; }

    public int Depth { get; init; } = 1;

    public Guid? CorrelationId { get; init; }

    /// <summary>Default: the target's table.</summary>
    public string? PrimaryEntityName { get; init; }

    /// <summary>Default: the target's id.</summary>
    public Guid? PrimaryEntityId { get; init; }

    /// <summary>Default: true for synchronous pre- and post-operation runs.</summary>
    public bool? InTransaction { get; init; }

    public PluginExecutionContext? ParentContext { get; init; }
}

/// <summary>How a unit-mode run went: the context after the run (changed Target, OutputParameters...), its log entry, its failure.</summary>
public sealed class PluginUnitRun
{
    internal PluginUnitRun(PluginExecutionContext context, StepRun run, Exception? exception)
    {
        Context = context;
        Run = run;
        Exception = exception;
    }

    public PluginExecutionContext Context { get; }

    public StepRun Run { get; }

    /// <summary>What the plug-in threw, or null.</summary>
    public Exception? Exception { get; }

    public bool Succeeded => Exception is null;

    /// <summary>The fault a caller would have received, or null.</summary>
    public FaultException<OrganizationServiceFault>? Fault => Exception is null ? null : PluginPipeline.ToFault(Exception);

    public IReadOnlyList<string> Trace => Run.Trace;

    public IReadOnlyList<ServiceCall> ServiceCalls => Run.ServiceCalls;

    /// <summary>Throws the failure as a caller would see it (a fault) when the run failed.</summary>
    public PluginUnitRun ThrowIfFailed() => Exception is null ? this : throw Fault!;
}

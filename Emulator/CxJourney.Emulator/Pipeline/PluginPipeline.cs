using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Messages;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// The event execution pipeline of the local organization, driven by the steps of Solution/.
/// Every request the organization runs passes through <see cref="Execute"/>: pre-validation
/// (outside the transaction when the request opened it), pre-operation, the core operation,
/// post-operation, each stage's synchronous steps in rank order; asynchronous steps are queued
/// on the <see cref="AsyncQueue"/> when the transaction commits. A synchronous step's failure
/// leaves as a fault, which rolls back everything the request wrote.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
public sealed partial class PluginPipeline : IRequestPipeline
{
    private const string DepthMessage =
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.";

    private static readonly object Marker = new();

    /// <summary>Request contexts plug-in service calls descend from, to the step run that makes them.</summary>
    private readonly ConditionalWeakTable<RequestContext, StepInvocation> _callers = new();

    /// <summary>Request contexts of requests with steps, to their main-operation context (ParentContext of inner requests).</summary>
    private readonly ConditionalWeakTable<RequestContext, OperationLink> _operations = new();

    /// <summary>Requests that failed: asynchronous steps they (or requests inside them) queued must not run.</summary>
    private readonly ConditionalWeakTable<RequestContext, object> _failed = new();

    private readonly PluginTraceLogs _traceLogs;

    private PluginPipeline(OrganizationCore core, StepRegistry steps, PipelineSettings settings, string organizationName, Guid systemUserId)
    {
        Core = core;
        Steps = steps;
        Settings = settings;
        OrganizationName = organizationName;
        SystemUserId = systemUserId;
        Log = new ExecutionLog(settings.RecordExecutionLog);
        AsyncQueue = new AsyncQueue(this);
        Unit = new PluginUnit(this);
        _traceLogs = new PluginTraceLogs(core);
    }

    public StepRegistry Steps { get; }

    public PipelineSettings Settings { get; }

    public ExecutionLog Log { get; }

    public AsyncQueue AsyncQueue { get; }

    /// <summary>Runs one plug-in by hand over the same organization (unit mode).</summary>
    public PluginUnit Unit { get; }

    /// <summary>The SYSTEM user: who CreateOrganizationService(null) runs as.</summary>
    public Guid SystemUserId { get; }

    public string OrganizationName { get; }

    internal OrganizationCore Core { get; }

    /// <summary>Binds the steps of <paramref name="solution"/> to <paramref name="pluginAssemblies"/> and makes the organization run them.</summary>
    public static PluginPipeline Attach(LocalOrganization organization, SolutionDefinition? solution, IEnumerable<Assembly> pluginAssemblies, PipelineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(organization);
        settings ??= PipelineSettings.Default;
        StepRegistry steps = solution is null
            ? StepRegistry.Empty
            : StepRegistry.Load(solution, pluginAssemblies, organization.Metadata, settings.SecureConfigurations, settings.OrganizationMessages);
        return Attach(organization, steps, settings);
    }

    /// <summary>Makes the organization run <paramref name="steps"/>.</summary>
    public static PluginPipeline Attach(LocalOrganization organization, StepRegistry steps, PipelineSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(steps);
        Guid system = EnsureSystemUser(organization);
        organization.Security.SystemUserId = system;
        var pipeline = new PluginPipeline(organization.Core, steps, settings ?? PipelineSettings.Default, organization.Name, system);
        organization.Processor.Pipeline = pipeline;
        return pipeline;
    }

    public OrganizationResponse Execute(
        OrganizationRequest request,
        RequestContext context,
        IMessageHandler handler,
        Func<OrganizationRequest, RequestContext, OrganizationResponse> coreOperation)
    {
        (string entity, Guid id) = MessageShape.PrimaryOf(request.Parameters, Core);
        OperationRecord? operation = context.Parent is null && Log.Enabled
            ? Log.BeginOperation(request.RequestName, entity, context.CorrelationId)
            : null;
        try
        {
            OrganizationResponse response = Run(request, context, coreOperation, entity, id);
            if (operation is not null) operation.Succeeded = true;
            return response;
        }
        catch
        {
            _failed.AddOrUpdate(context, Marker);
            throw;
        }
    }

    private OrganizationResponse Run(
        OrganizationRequest request,
        RequestContext context,
        Func<OrganizationRequest, RequestContext, OrganizationResponse> coreOperation,
        string entity,
        Guid id)
    {
        List<StepBinding>? bindings = Collect(request.RequestName, entity, context);
        if (bindings is null) return coreOperation(request, context);

        // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.depth
        if (context.Depth > Settings.MaxDepth) throw Fault.Create(ErrorCodes.SdkCorrelationTokenDepthTooHigh, DepthMessage);

        var working = new OrganizationRequest(request.RequestName)
        {
            RequestId = request.RequestId,
            Parameters = ContextCopy.Parameters(request.Parameters),
        };
        var frame = new PipelineFrame(working, context, bindings)
        {
            Entity = entity,
            PrimaryId = id != Guid.Empty ? id : ResolveKeyedId(working.Parameters, entity),
            OwnsTransaction = context.IsInTransaction && !(context.Parent?.IsInTransaction ?? false),
            RequestId = request.RequestId ?? Guid.NewGuid(),
            CreatedOn = Core.Clock.UtcNow,
            Operation = Log.Enabled ? Log.OperationOf(context.CorrelationId) : null,
        };
        (frame.ParentContext, frame.CallerRun) = FindParent(context);
        frame.Shared = SharedVariablesOf(context);
        frame.PreValidationShared = MessageShape.HasSeparatePreValidationVariables(frame.Message) ? SharedVariablesOf(context) : frame.Shared;

        RunStage(frame, PluginStepStage.PreValidation);
        if (SplitStateChange(frame) is (Entity others, Entity state)) return RunInTwoParts(frame, context, coreOperation, others, state);
        RunStage(frame, PluginStepStage.PreOperation);

        TakePostOperationImages(frame, pre: true);
        _operations.AddOrUpdate(context, new OperationLink(MainOperationContext(frame), frame.CallerRun));
        OrganizationResponse response = coreOperation(working, context);

        foreach (KeyValuePair<string, object?> result in response.Results) frame.Output[MessageShape.OutputKey(frame.Message, result.Key)] = result.Value;
        if (frame.Message == "Create" && frame.Output.TryGetValue("id", out object? created) && created is Guid createdId)
        {
            frame.PrimaryId = createdId;
            frame.WrappedOutput["Ids"] = new[] { createdId };
        }
        TakePostOperationImages(frame, pre: false);

        RunStage(frame, PluginStepStage.PostOperation);
        foreach (KeyValuePair<string, object?> output in frame.Output) response.Results[MessageShape.ResponseKey(frame.Message, output.Key)] = output.Value;

        QueueAsynchronousSteps(frame);
        return response;
    }

    // ---- which steps run --------------------------------------------------------------------

    private List<StepBinding>? Collect(string message, string entity, RequestContext context)
    {
        RegisteredStep[] own = Steps.For(message, entity);
        string? multiple = MessageShape.MultipleMessageOf(message);
        // https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#message-pipelines-merged
        // A single Create/Update also raises the CreateMultiple/UpdateMultiple event (Targets of one),
        // except when it is one item of a CreateMultiple/UpdateMultiple, whose event already ran.
        RegisteredStep[] merged = multiple is not null && !IsItemOfMultiple(context, multiple) ? Steps.For(multiple, entity) : [];
        if (own.Length == 0 && merged.Length == 0) return null;

        RequestOptions options = context.Options;
        // https://learn.microsoft.com/power-apps/developer/data-platform/bypass-custom-business-logic
        bool skipSync = options.BypassCustomPluginExecution || Lists(options.BypassBusinessLogicExecution, "CustomSync");
        bool skipAsync = Lists(options.BypassBusinessLogicExecution, "CustomAsync");
        var bindings = new List<StepBinding>(own.Length + merged.Length);
        Add(own, wrapped: false);
        Add(merged, wrapped: true);
        if (bindings.Count == 0) return null;
        if (merged.Length > 0)
        {
            bindings.Sort((a, b) =>
            {
                int byStage = ((int)a.Step.Stage).CompareTo((int)b.Step.Stage);
                if (byStage != 0) return byStage;
                int byRank = a.Step.Rank.CompareTo(b.Step.Rank);
                if (byRank != 0) return byRank;
                int byForm = a.Wrapped.CompareTo(b.Wrapped);
                return byForm != 0 ? byForm : a.Step.Order.CompareTo(b.Step.Order);
            });
        }
        return bindings;

        void Add(RegisteredStep[] steps, bool wrapped)
        {
            foreach (RegisteredStep step in steps)
            {
                if (step.IsAsync ? skipAsync : skipSync) continue;
                if (options.BypassBusinessLogicExecutionStepIds.Count > 0 && Contains(options.BypassBusinessLogicExecutionStepIds, step.Id)) continue;
                if (IsDisabled(step)) continue;
                bindings.Add(new StepBinding(step, wrapped));
            }
        }
    }

    /// <summary>
    /// A step an admin deactivated (its sdkmessageprocessingstep row's statecode is 1, Disabled) does not
    /// run until it is activated again; the row is read at each event, so the change needs no re-import.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep#statecode-choicesoptions
    private bool IsDisabled(RegisteredStep step) =>
        Core.Store.ValueOf<OptionSetValue>(StepTable, step.Id, "statecode")?.Value == StepDisabled;

    private const string StepTable = "sdkmessageprocessingstep";

    private const int StepDisabled = 1;

    private bool IsItemOfMultiple(RequestContext context, string multiple) =>
        context.Parent is not null
        && string.Equals(context.ParentMessageName, multiple, StringComparison.Ordinal)
        && !_callers.TryGetValue(context.Parent, out _);

    /// <summary>Update steps with filtering attributes run only when a target carries one of them.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#general-configuration-information-fields
    private static bool PassesFilter(PipelineFrame frame, StepBinding binding)
    {
        IReadOnlySet<string> filter = binding.Step.FilteringAttributes;
        if (filter.Count == 0) return true;
        foreach (Entity target in TargetsOf(frame.Input))
        {
            foreach (string attribute in target.Attributes.Keys)
            {
                if (filter.Contains(attribute)) return true;
            }
        }
        return false;
    }

    // ---- stages -----------------------------------------------------------------------------

    private void RunStage(PipelineFrame frame, PluginStepStage stage)
    {
        foreach (StepBinding binding in frame.Bindings)
        {
            RegisteredStep step = binding.Step;
            if (step.Stage != stage || step.IsAsync || !PassesFilter(frame, binding)) continue;
            PluginExecutionContext context = NewContext(frame, binding, stage, asynchronous: false);
            AttachImages(frame, binding, context, stage);
            // https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
            // Pre-validation of a request that opened its transaction runs before it: what its plug-ins write stays.
            RequestContext caller = stage == PluginStepStage.PreValidation && frame.OwnsTransaction
                ? frame.Context.WithTransaction(null)
                : frame.Context.WithTransaction(frame.Context.Transaction);
            Exception? failure = Invoke(step, null, context, caller, frame.Context, frame.Operation, frame.CallerRun, attempt: 1, out _);
            if (failure is not null) throw ToFault(failure);
        }
    }

    private void QueueAsynchronousSteps(PipelineFrame frame)
    {
        foreach (StepBinding binding in frame.Bindings)
        {
            if (!binding.Step.IsAsync || !PassesFilter(frame, binding)) continue;
            PluginExecutionContext context = NewContext(frame, binding, PluginStepStage.PostOperation, asynchronous: true);
            AttachImages(frame, binding, context, PluginStepStage.PostOperation);
            var job = new AsyncJob(binding.Step, ContextCopy.Context(context), frame.Operation);
            RequestContext owner = frame.Context;
            // https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service
            // The system job exists only once the operation that queued it has committed.
            if (owner.Transaction is { IsActive: true } transaction)
            {
                transaction.OnCommitted(() =>
                {
                    if (!FailedWithin(owner)) AsyncQueue.Enqueue(job);
                });
            }
            else
            {
                AsyncQueue.Enqueue(job);
            }
        }
    }

    // ---- contexts ---------------------------------------------------------------------------

    private PluginExecutionContext NewContext(PipelineFrame frame, StepBinding binding, PluginStepStage stage, bool asynchronous)
    {
        RegisteredStep step = binding.Step;
        ParameterCollection input = binding.Wrapped ? (frame.WrappedInput ??= WrapTarget(frame)) : frame.Input;
        ParameterCollection output = binding.Wrapped ? frame.WrappedOutput : frame.Output;
        ParameterCollection shared = stage == PluginStepStage.PreValidation ? frame.PreValidationShared : frame.Shared;
        // https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-a-user#at-plug-in-registration
        Guid user = step.Definition.ImpersonatingUserId is Guid impersonated && impersonated != Guid.Empty ? impersonated : frame.Context.UserId;
        PluginExecutionContext context = Describe(new PluginExecutionContext(input, output, shared), frame, user);
        context.Stage = (int)stage;
        context.Mode = asynchronous ? 1 : 0;
        context.MessageName = step.MessageName;
        context.PrimaryEntityId = binding.MultipleView ? Guid.Empty : frame.PrimaryId;
        context.OwningExtension = step.OwningExtension;
        context.IsInTransaction = !asynchronous && (stage == PluginStepStage.PreValidation ? PreValidationInTransaction(frame) : frame.Context.IsInTransaction);
        // https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#shared-variables
        context.ParentContext = stage != PluginStepStage.PreValidation && MessageShape.HasSeparatePreValidationVariables(frame.Message)
            ? frame.PreValidationContext ??= PreValidationStageContext(frame)
            : frame.ParentContext;
        return context;
    }

    private PluginExecutionContext Describe(PluginExecutionContext context, PipelineFrame frame, Guid user)
    {
        context.Depth = frame.Context.Depth;
        context.MessageName = frame.Message;
        context.PrimaryEntityName = frame.Entity;
        context.PrimaryEntityId = frame.PrimaryId;
        context.RequestId = frame.RequestId;
        context.UserId = user;
        context.InitiatingUserId = frame.Context.InitiatingUserId;
        context.AuthenticatedUserId = frame.Context.InitiatingUserId;
        context.BusinessUnitId = BusinessUnitOf(user);
        context.OrganizationId = Core.OrganizationId;
        context.OrganizationName = OrganizationName;
        context.EnvironmentId = Core.OrganizationId.ToString();
        context.CorrelationId = frame.Context.CorrelationId;
        context.OperationCreatedOn = frame.CreatedOn;
        context.ParentContext = frame.ParentContext;
        return context;
    }

    private PluginExecutionContext PreValidationStageContext(PipelineFrame frame)
    {
        PluginExecutionContext context = Describe(new PluginExecutionContext(frame.Input, frame.Output, frame.PreValidationShared), frame, frame.Context.UserId);
        context.Stage = (int)PluginStepStage.PreValidation;
        context.IsInTransaction = PreValidationInTransaction(frame);
        return context;
    }

    /// <summary>The context of the core operation itself: the ParentContext of the requests it starts (CreateMultiple's Creates).</summary>
    private PluginExecutionContext MainOperationContext(PipelineFrame frame)
    {
        PluginExecutionContext context = Describe(new PluginExecutionContext(frame.Input, frame.Output, frame.Shared), frame, frame.Context.UserId);
        context.Stage = 30;
        context.IsInTransaction = frame.Context.IsInTransaction;
        return context;
    }

    private static bool PreValidationInTransaction(PipelineFrame frame) => frame.Context.IsInTransaction && !frame.OwnsTransaction;

    private (PluginExecutionContext? Context, StepRun? Run) FindParent(RequestContext context)
    {
        for (RequestContext? ancestor = context.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (_callers.TryGetValue(ancestor, out StepInvocation? invocation)) return (invocation.Context, invocation.Run);
            if (_operations.TryGetValue(ancestor, out OperationLink? link)) return (link.Context, link.Run);
        }
        return (null, null);
    }

    private bool FailedWithin(RequestContext owner)
    {
        for (RequestContext? context = owner; context is not null; context = context.Parent)
        {
            if (_failed.TryGetValue(context, out _)) return true;
            if (_callers.TryGetValue(context, out StepInvocation? invocation) && invocation.Owner is not null && _failed.TryGetValue(invocation.Owner, out _)) return true;
        }
        return false;
    }

    private static ParameterCollection SharedVariablesOf(RequestContext context)
    {
        var shared = new ParameterCollection();
        // https://learn.microsoft.com/power-apps/developer/data-platform/optional-parameters#add-a-shared-variable-to-the-plugin-execution-context
        foreach (KeyValuePair<string, object?> variable in context.SharedVariables) shared[variable.Key] = variable.Value;
        return shared;
    }

    private static ParameterCollection WrapTarget(PipelineFrame frame)
    {
        var targets = new EntityCollection { EntityName = frame.Entity };
        if (frame.Input.TryGetValue("Target", out object? target) && target is Entity entity) targets.Entities.Add(entity);
        return new ParameterCollection { ["Targets"] = targets };
    }

    private Guid BusinessUnitOf(Guid user) =>
        Core.Store.ValueOf<EntityReference>("systemuser", user, "businessunitid")?.Id ?? Core.RootBusinessUnitId;

    // ---- images -----------------------------------------------------------------------------

    private void AttachImages(PipelineFrame frame, StepBinding binding, PluginExecutionContext context, PluginStepStage stage)
    {
        RegisteredStep step = binding.Step;
        if (step.Images.Count == 0) return;
        if (stage != PluginStepStage.PostOperation)
        {
            if (step.HasPreImages) Assign(context, binding, TakeImages(frame, binding, pre: true), pre: true);
            return;
        }
        if (frame.PreImages.TryGetValue(step, out EntityImageCollection[]? preImages)) Assign(context, binding, preImages, pre: true);
        if (frame.PostImages.TryGetValue(step, out EntityImageCollection[]? postImages)) Assign(context, binding, postImages, pre: false);
    }

    private static void Assign(PluginExecutionContext context, StepBinding binding, EntityImageCollection[] images, bool pre)
    {
        if (binding.MultipleView)
        {
            if (pre) context.PreEntityImagesCollection = images;
            else context.PostEntityImagesCollection = images;
        }
        else if (images.Length > 0)
        {
            if (pre) context.PreEntityImages = images[0];
            else context.PostEntityImages = images[0];
        }
    }

    /// <summary>Pre-images just before the core operation, post-images just after, for every post-operation step that registered them.</summary>
    private void TakePostOperationImages(PipelineFrame frame, bool pre)
    {
        foreach (StepBinding binding in frame.Bindings)
        {
            RegisteredStep step = binding.Step;
            if (step.Stage != PluginStepStage.PostOperation || (pre ? !step.HasPreImages : !step.HasPostImages)) continue;
            (pre ? frame.PreImages : frame.PostImages)[step] = TakeImages(frame, binding, pre);
        }
    }

    private EntityImageCollection[] TakeImages(PipelineFrame frame, StepBinding binding, bool pre)
    {
        if (!binding.MultipleView) return [EntityImages.Take(Core, binding.Step, frame.Entity, frame.PrimaryId, pre)];

        IReadOnlyList<Entity> targets = TargetsOf(binding.Wrapped ? frame.WrappedInput ??= WrapTarget(frame) : frame.Input);
        Guid[]? createdIds = !pre && frame.Output.TryGetValue("Ids", out object? ids) ? ids as Guid[] : null;
        var images = new EntityImageCollection[targets.Count];
        for (int i = 0; i < targets.Count; i++)
        {
            Guid id = binding.Wrapped ? frame.PrimaryId
                : createdIds is not null && i < createdIds.Length ? createdIds[i]
                : MessageShape.IdOf(targets[i], Core) is Guid own && own != Guid.Empty ? own
                : ResolveKeyedId(targets[i]);
            images[i] = EntityImages.Take(Core, binding.Step, frame.Entity, id, pre);
        }
        return images;
    }

    private static IReadOnlyList<Entity> TargetsOf(ParameterCollection input)
    {
        if (input.TryGetValue("Target", out object? target) && target is Entity entity) return [entity];
        if (input.TryGetValue("Targets", out object? targets) && targets is EntityCollection collection) return [.. collection.Entities];
        return [];
    }

    private Guid ResolveKeyedId(ParameterCollection input, string entity)
    {
        if (!input.TryGetValue("Target", out object? target)) return Guid.Empty;
        return target switch
        {
            Entity row => ResolveKeyedId(row),
            EntityReference reference when reference.KeyAttributes.Count > 0 && Core.TryTable(entity, out var table) => Safe(() => Core.FindByKey(table, reference.KeyAttributes)),
            _ => Guid.Empty,
        };
    }

    private Guid ResolveKeyedId(Entity row)
    {
        if (row.KeyAttributes.Count == 0 || !Core.TryTable(row.LogicalName, out var table)) return Guid.Empty;
        return Safe(() => Core.FindByKey(table, row.KeyAttributes));
    }

    private static Guid Safe(Func<Guid?> resolve)
    {
        try
        {
            return resolve() ?? Guid.Empty;
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            // The core operation reports a bad key the way the platform does; an image is simply absent.
            return Guid.Empty;
        }
    }

    // ---- running a plug-in ------------------------------------------------------------------

    /// <summary>
    /// Runs a step's plug-in (or <paramref name="plugin"/>, in unit mode) with a service provider
    /// for <paramref name="context"/>, logging the run; answers the exception it threw, or null.
    /// </summary>
    internal Exception? Invoke(
        RegisteredStep? step,
        IPlugin? plugin,
        PluginExecutionContext context,
        RequestContext caller,
        RequestContext? owner,
        OperationRecord? operation,
        StepRun? callerRun,
        int attempt,
        out StepRun run)
    {
        Type pluginType = step?.PluginType ?? plugin!.GetType();
        string name = step?.Name ?? $"(unit) {pluginType.FullName}";
        run = Log.Start(sequence => new StepRun(sequence, name, step?.Id, pluginType, context.MessageName, context.PrimaryEntityName,
            (PluginStepStage)context.Stage, (PluginStepMode)context.Mode, context.Depth, attempt, operation, callerRun));
        var invocation = new StepInvocation(run, context, caller, owner);
        _callers.AddOrUpdate(caller, invocation);
        var provider = new PluginServiceProvider(context, new PluginTracingService(run), new PluginOrganizationServiceFactory(this, invocation), new PluginLogger(run));
        long started = Stopwatch.GetTimestamp();
        try
        {
            (plugin ?? step!.Instance).Execute(provider);
            if (invocation.FailedCall is string failedCall)
            {
                // The plug-in caught the fault of a call inside the transaction and returned as if it succeeded.
                // https://learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in#error-there-is-no-active-transaction
                throw Fault.Create(ErrorCodes.NoActiveTransaction, $"{PluginOrganizationService.NoActiveTransactionMessage} (The step's {failedCall} failed and the plug-in carried on.)");
            }
            run.Outcome = StepOutcome.Succeeded;
            _traceLogs.Record(run, context, null);
            return null;
        }
        catch (Exception failure)
        {
            run.Outcome = context.Mode == 1 && failure is InvalidPluginExecutionException { Status: OperationStatus.Retry } ? StepOutcome.Retry : StepOutcome.Failed;
            run.Error = failure is FaultException<OrganizationServiceFault> fault ? fault.Detail?.Message ?? fault.Message : $"{failure.GetType().Name}: {failure.Message}";
            _traceLogs.Record(run, context, failure);
            return failure;
        }
        finally
        {
            run.Duration = Stopwatch.GetElapsedTime(started);
        }
    }

    /// <summary>How a synchronous plug-in's exception reaches the caller.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions
    internal static FaultException<OrganizationServiceFault> ToFault(Exception failure) => failure switch
    {
        FaultException<OrganizationServiceFault> fault => fault,
        InvalidPluginExecutionException invalid => Fault.Create(invalid.ErrorCode != 0 ? invalid.ErrorCode : ErrorCodes.IsvAborted, invalid.Message, invalid),
        _ => Fault.Create(ErrorCodes.IsvUnExpected, "An unexpected error occurred from ISV code.", failure),
    };

    private static Guid EnsureSystemUser(LocalOrganization organization)
    {
        foreach (Entity user in organization.Query("systemuser"))
        {
            if (string.Equals(user.GetAttributeValue<string>("domainname"), "SYSTEM", StringComparison.Ordinal)) return user.Id;
        }
        var system = new Entity("systemuser", organization.Core.Ids.NewId())
        {
            ["lastname"] = "SYSTEM",
            ["domainname"] = "SYSTEM",
            ["businessunitid"] = new EntityReference("businessunit", organization.RootBusinessUnitId),
        };
        organization.Seed(system);
        return system.Id;
    }

    private static bool Lists(IReadOnlyCollection<string> values, string value)
    {
        foreach (string item in values)
        {
            if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool Contains(IReadOnlyCollection<Guid> ids, Guid id)
    {
        foreach (Guid item in ids)
        {
            if (item == id) return true;
        }
        return false;
    }

    private sealed record OperationLink(PluginExecutionContext Context, StepRun? Run);
}

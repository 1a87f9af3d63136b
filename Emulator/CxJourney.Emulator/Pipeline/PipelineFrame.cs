using System;
using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>A step chosen for a request, and whether it sees the request through its multiple form (Targets).</summary>
internal readonly record struct StepBinding(RegisteredStep Step, bool Wrapped)
{
    /// <summary>The step's message is CreateMultiple/UpdateMultiple: it reads Targets and the image arrays.</summary>
    public bool MultipleView => MessageShape.IsMultiple(Step.MessageName);
}

/// <summary>The state of one request's trip through the pipeline, shared by its stages.</summary>
internal sealed class PipelineFrame
{
    public PipelineFrame(OrganizationRequest working, RequestContext context, IReadOnlyList<StepBinding> bindings)
    {
        Working = working;
        Context = context;
        Bindings = bindings;
    }

    /// <summary>The request the core operation runs: a copy of the caller's, whose Parameters are the InputParameters.</summary>
    public OrganizationRequest Working { get; }

    public string Message => Working.RequestName;

    public ParameterCollection Input => Working.Parameters;

    public ParameterCollection Output { get; } = new();

    public RequestContext Context { get; }

    public IReadOnlyList<StepBinding> Bindings { get; }

    public string Entity { get; set; } = MessageShape.NoEntity;

    public Guid PrimaryId { get; set; }

    /// <summary>True when the request opened its own transaction: its pre-validation stage runs outside it.</summary>
    public bool OwnsTransaction { get; set; }

    public Guid RequestId { get; set; }

    public DateTime CreatedOn { get; set; }

    public OperationRecord? Operation { get; set; }

    public StepRun? CallerRun { get; set; }

    /// <summary>The context of the operation that started this request, for ParentContext.</summary>
    public PluginExecutionContext? ParentContext { get; set; }

    public ParameterCollection PreValidationShared { get; set; } = new();

    public ParameterCollection Shared { get; set; } = new();

    /// <summary>The pre-validation stage's context, the ParentContext of later stages for Create, Update and Delete.</summary>
    public PluginExecutionContext? PreValidationContext { get; set; }

    /// <summary>InputParameters of a single request seen by steps on its multiple message: Targets holding the one Target.</summary>
    public ParameterCollection? WrappedInput { get; set; }

    public ParameterCollection WrappedOutput { get; } = new();

    /// <summary>Pre-images of post-operation steps, taken just before the core operation.</summary>
    public Dictionary<RegisteredStep, EntityImageCollection[]> PreImages { get; } = new();

    /// <summary>Post-images of post-operation steps, taken just after the core operation.</summary>
    public Dictionary<RegisteredStep, EntityImageCollection[]> PostImages { get; } = new();
}

using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Pipeline;

/// <summary>The platform limits and per-organization inputs of the plug-in pipeline.</summary>
public sealed record PipelineSettings
{
    public static readonly PipelineSettings Default = new();

    /// <summary>
    /// The deepest a chain of plug-in service calls may go; a request deeper than this that would
    /// run a plug-in fails with SdkCorrelationTokenDepthTooHigh.
    /// </summary>
    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext.depth ("The maximum depth (8)")
    public int MaxDepth { get; init; } = 8;

    /// <summary>How many times the asynchronous service runs a plug-in that asks to be retried before the job fails.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#retry-an-asynchronous-plug-in
    // ("the asynchronous service will attempt to run your plug-in four times")
    public int AsyncMaxAttempts { get; init; } = 4;

    /// <summary>
    /// Secure configuration per step id. Dataverse never exports it with a solution, so it cannot
    /// come from Solution/: tests and the demo supply it here.
    /// </summary>
    public IReadOnlyDictionary<Guid, string> SecureConfigurations { get; init; } = new Dictionary<Guid, string>();

    /// <summary>
    /// Message ids this organization knows besides the documented ones (<see cref="Solution.SdkMessages"/>), by id:
    /// every real organization has rows for CreateMultiple, UpdateMultiple and more whose ids no public source
    /// gives. A test of the platform's own behaviour may declare them; the product's solution never relies on them.
    /// </summary>
    public IReadOnlyDictionary<Guid, string> OrganizationMessages { get; init; } = new Dictionary<Guid, string>();

    /// <summary>False stops the execution log from recording (benchmarks of raw throughput).</summary>
    public bool RecordExecutionLog { get; init; } = true;
}

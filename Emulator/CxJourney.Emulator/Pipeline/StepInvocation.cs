using CxJourney.Emulator.Requests;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// One plug-in call in progress: its log entry, the context the plug-in sees, and the request
/// context its organization service calls descend from (Depth, user, transaction).
/// </summary>
internal sealed class StepInvocation
{
    public StepInvocation(StepRun run, PluginExecutionContext context, RequestContext caller, RequestContext? owner)
    {
        Run = run;
        Context = context;
        Caller = caller;
        Owner = owner;
    }

    public StepRun Run { get; }

    public PluginExecutionContext Context { get; }

    /// <summary>The context nested calls derive from: RequestContext.ForPluginCall adds one to its depth.</summary>
    public RequestContext Caller { get; }

    /// <summary>The request whose pipeline ran the step (null for asynchronous and unit runs).</summary>
    public RequestContext? Owner { get; }

    /// <summary>
    /// A data operation this synchronous step made failed: the platform has ended the transaction, so whatever
    /// the plug-in does next (another call, or returning as if nothing happened) fails with NoActiveTransaction.
    /// </summary>
    public string? FailedCall { get; set; }
}

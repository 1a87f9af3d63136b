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
}

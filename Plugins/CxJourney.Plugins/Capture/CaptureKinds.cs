using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Capture;

/// <summary>Whether a step runs for a creation (Create) or a change (Update).</summary>
internal static class CaptureKinds
{
    public static bool IsCreation(IPluginExecutionContext context) => context.MessageName == "Create";

    /// <summary>The kind of a creation, or of a state change by the table's rule (null when the change is no event).</summary>
    public static int? Of(IPluginExecutionContext context, SourceEvent e, System.Func<int?, int, int?> transition)
    {
        if (IsCreation(context)) return Choices.TouchpointKind.Created;
        return e.StateAfter is int after ? transition(e.StateBefore, after) : null;
    }
}

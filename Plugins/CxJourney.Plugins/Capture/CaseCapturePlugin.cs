using System;
using System.Collections.Generic;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// Records a case's touchpoints: created (Create of incident), resolved, cancelled or reopened (Update of
/// statecode), and resolved again from the Create of its incidentresolution. Microsoft documents Close as a
/// message of its own that creates the incidentresolution; projects tested against live organizations report
/// that it raises the Update of the case's state too. Both steps are registered and both write the same
/// touchpoint (its key is the operation, <see cref="SourceKeys.ForOperation"/>), so a resolution is one
/// touchpoint whichever of them fires, in either order.
/// Rules: <see cref="CaseCapture"/>, <see cref="StateTransitions.ForCase"/>.
/// </summary>
public sealed class CaseCapturePlugin : PluginBase
{
    public CaseCapturePlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var plans = new List<CapturePlan>();
        foreach (var e in SourceEvents.Read(execution))
        {
            if (e.Table == Tables.IncidentResolution)
            {
                var plan = Resolution(execution, e.After);
                if (plan is null) context.Trace($"{e}: names no case, no touchpoint.");
                else plans.Add(plan);
                continue;
            }
            var kind = CaptureKinds.Of(execution, e, StateTransitions.ForCase);
            if (kind is null)
            {
                context.Trace($"{e}: state {e.StateBefore?.ToString() ?? "?"} to {e.StateAfter?.ToString() ?? "?"} is no touchpoint.");
                continue;
            }
            plans.Add(CaseCapture.Plan(Snapshots.Case(e.After), kind.Value, execution.OperationCreatedOn, execution.CorrelationId));
        }
        CaptureWriter.Write(context, plans);
    }

    private static CapturePlan? Resolution(IPluginExecutionContext execution, Entity resolution)
    {
        var caseRef = resolution.GetAttributeValue<EntityReference>(IncidentResolutionColumns.IncidentId);
        if (caseRef is null || caseRef.Id == Guid.Empty) return null;
        var occurredOn = resolution.GetAttributeValue<DateTime?>(IncidentResolutionColumns.CreatedOn) ?? execution.OperationCreatedOn;
        return CaseCapture.PlanResolution(caseRef.Id, resolution.GetAttributeValue<string>(IncidentResolutionColumns.Subject),
            Snapshots.Ref(resolution.GetAttributeValue<EntityReference>(ActivityColumns.OwnerId)),
            DateTime.SpecifyKind(occurredOn, DateTimeKind.Utc), execution.CorrelationId);
    }
}

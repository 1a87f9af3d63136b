using System;
using System.Collections.Generic;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// Records sales touchpoints: an order or invoice created (Create), an opportunity won or lost (Update of
/// statecode, which projects tested against live organizations report Win and Lose raise; and Create of the
/// opportunityclose activity Microsoft documents Win and Lose create). Both opportunity paths write the same
/// touchpoint (kind Won or Lost, keyed on the opportunity), so whichever fires, in either order, it is one.
/// Rules: <see cref="CommerceCapture"/>.
/// </summary>
public sealed class CommerceCapturePlugin : PluginBase
{
    public CommerceCapturePlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (execution.PrimaryEntityName == Tables.OpportunityClose)
        {
            CaptureWriter.Write(context, Closed(context, execution.GetRequiredTarget()));
            return;
        }
        var created = CaptureKinds.IsCreation(execution);
        var plans = new List<CapturePlan>();
        foreach (var e in SourceEvents.Read(execution))
        {
            var snapshot = Snapshots.Commerce(e.After);
            CapturePlan? plan;
            if (created)
            {
                plan = CommerceCapture.PlanCreated(snapshot, execution.OperationCreatedOn);
            }
            else
            {
                var kind = e.StateAfter is int after ? StateTransitions.ForOpportunity(e.StateBefore, after) : null;
                plan = kind is null ? null : CommerceCapture.PlanClosed(snapshot, kind.Value, execution.OperationCreatedOn);
            }
            if (plan is null) context.Trace($"{e}: {(created ? "not an order or invoice" : $"state {e.StateBefore?.ToString() ?? "?"} to {e.StateAfter?.ToString() ?? "?"} is no touchpoint")}.");
            else plans.Add(plan);
        }
        CaptureWriter.Write(context, plans);
    }

    /// <summary>The opportunity an opportunityclose closes, read once (the activity names only the opportunity).</summary>
    private static IReadOnlyList<CapturePlan> Closed(ILocalPluginContext context, Entity close)
    {
        var opportunity = close.GetAttributeValue<EntityReference>(OpportunityCloseColumns.OpportunityId);
        if (opportunity is null || opportunity.Id == Guid.Empty)
        {
            context.Trace("The opportunityclose names no opportunity: no touchpoint.");
            return Array.Empty<CapturePlan>();
        }
        var row = context.SystemService.Retrieve(Tables.Opportunity, opportunity.Id, new ColumnSet(
            OpportunityColumns.Name, OpportunityColumns.CustomerId, OpportunityColumns.ParentContactId, OpportunityColumns.OwnerId,
            OpportunityColumns.StateCode, OpportunityColumns.CreatedOn, OpportunityColumns.ModifiedOn));
        var state = row.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value;
        var kind = state is int after ? StateTransitions.ForOpportunity(null, after) : null;
        if (kind is null)
        {
            // Whichever order the platform runs Win's parts in, its Update of the state records the touchpoint.
            context.Trace($"Opportunity {opportunity.Id:D} is still in state {state?.ToString() ?? "?"}: the Update of its state records the close.");
            return Array.Empty<CapturePlan>();
        }
        var plan = CommerceCapture.PlanClosed(Snapshots.Commerce(row), kind.Value, context.ExecutionContext.OperationCreatedOn);
        return plan is null ? Array.Empty<CapturePlan>() : new[] { plan };
    }
}

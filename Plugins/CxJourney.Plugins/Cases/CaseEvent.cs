using System;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Cases;

/// <summary>What happened to a case, as an execution context on incident or cx_feedback tells it.</summary>
public enum CaseEventKind
{
    /// <summary>Nothing scoring or the follow-up rules react to.</summary>
    None,

    /// <summary>The case moved to Resolved.</summary>
    Resolved,

    /// <summary>A resolved or cancelled case was reactivated.</summary>
    Reopened,

    /// <summary>A feedback answer was recorded.</summary>
    FeedbackReceived,
}

/// <summary>
/// Reads the event from the context. On incident, the step runs on Update filtered on statecode: that is how
/// the platform processes SetState (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior)
/// and, by reports of projects tested against live organizations, Close. The pre-image's statecode tells a
/// transition from a repeated write. Microsoft documents Close as creating an incidentresolution, so a Create
/// of incidentresolution is a resolution too, and the one the case job acts on: when the Update reports it as well,
/// that report is left to the incidentresolution's job (see Scoring.CaseScoringPlugin).
/// </summary>
public sealed class CaseEvent
{
    private CaseEvent(CaseEventKind kind, Guid? caseId, Entity? feedback, string why)
    {
        Kind = kind;
        CaseId = caseId;
        Feedback = feedback;
        Why = why;
    }

    public CaseEventKind Kind { get; }

    /// <summary>The case concerned; null for feedback about no case.</summary>
    public Guid? CaseId { get; }

    /// <summary>The cx_feedback row that was created (FeedbackReceived only).</summary>
    public Entity? Feedback { get; }

    /// <summary>A line for the trace.</summary>
    public string Why { get; }

    public static CaseEvent From(IPluginExecutionContext context)
    {
        if (context.PrimaryEntityName == Tables.Incident && context.MessageName == "Update")
        {
            var target = context.GetRequiredTarget();
            var after = target.GetAttributeValue<OptionSetValue>(IncidentColumns.StateCode)?.Value;
            var before = context.GetPreImage(ImageAliases.CaseBefore)?.GetAttributeValue<OptionSetValue>(IncidentColumns.StateCode)?.Value;
            var caseId = target.Id != Guid.Empty ? target.Id : context.PrimaryEntityId;
            if (after == StandardChoices.IncidentState.Resolved && before != StandardChoices.IncidentState.Resolved)
                return new CaseEvent(CaseEventKind.Resolved, caseId, null, $"case {caseId:D} was resolved");
            if (after == StandardChoices.IncidentState.Active && before.HasValue && before != StandardChoices.IncidentState.Active)
                return new CaseEvent(CaseEventKind.Reopened, caseId, null, $"case {caseId:D} was reopened");
            return new CaseEvent(CaseEventKind.None, caseId, null,
                $"case {caseId:D} went from state {Describe(before)} to {Describe(after)}: neither a resolution nor a reopening");
        }
        if (context.PrimaryEntityName == Tables.IncidentResolution && context.MessageName == "Create")
        {
            var caseId = context.GetRequiredTarget().GetAttributeValue<EntityReference>(IncidentResolutionColumns.IncidentId)?.Id;
            return caseId.HasValue && caseId.Value != Guid.Empty
                ? new CaseEvent(CaseEventKind.Resolved, caseId, null, $"case {caseId.Value:D} was resolved (its incidentresolution was created)")
                : new CaseEvent(CaseEventKind.None, null, null, "an incidentresolution naming no case was created");
        }
        if (context.PrimaryEntityName == Tables.Feedback && context.MessageName == "Create")
        {
            var target = context.GetRequiredTarget();
            var feedback = new Entity(Tables.Feedback, target.Id != Guid.Empty ? target.Id : context.PrimaryEntityId);
            foreach (var attribute in target.Attributes) feedback[attribute.Key] = attribute.Value;
            var caseId = target.GetAttributeValue<EntityReference>(FeedbackColumns.Case)?.Id;
            return new CaseEvent(CaseEventKind.FeedbackReceived, caseId, feedback,
                caseId.HasValue ? $"feedback {feedback.Id:D} about case {caseId:D} was recorded" : $"feedback {feedback.Id:D} about no case was recorded");
        }
        return new CaseEvent(CaseEventKind.None, null, null, $"{context.MessageName} of {context.PrimaryEntityName} is not a case event; check the step registration");
    }

    private static string Describe(int? state) => state.HasValue ? state.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(unknown)";
}

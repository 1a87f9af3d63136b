using System.Collections.Generic;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// Table-specific rules of the platform's lifecycle messages: a case is resolved only by
/// CloseIncident and, once resolved, cannot be changed until it is reactivated; an opportunity
/// is won or lost only by its own messages.
/// </summary>
internal static class LifecycleRules
{
    public const string CloseIncidentMessage = "CloseIncident";

    private const int IncidentActive = 0;
    private const int IncidentResolved = 1;

    public static void CheckUpdate(TableMetadata table, Entity existing, IReadOnlyDictionary<string, object?> values, RequestContext context)
    {
        int? newState = values.TryGetValue(SystemColumns.StateCode, out object? state) && state is OptionSetValue option ? option.Value : null;
        switch (table.LogicalName)
        {
            case "incident":
                CheckIncident(existing, newState, context);
                break;
            case "opportunity":
                CheckOpportunity(newState);
                break;
        }
    }

    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.closeincidentrequest
    private static void CheckIncident(Entity existing, int? newState, RequestContext context)
    {
        int current = existing.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value ?? IncidentActive;
        if (current == IncidentResolved && newState != IncidentActive)
        {
            throw Fault.Create(ErrorCodes.CaseAlreadyResolved, "This case has already been resolved. Close and reopen the case record to see the updates.");
        }
        if (newState == IncidentResolved && context.ParentMessageName != CloseIncidentMessage)
        {
            throw Fault.Create(
                ErrorCodes.InvalidOperation,
                "This message can not be used to set the state of incident to Resolved. In order to set state of incident to Resolved, use the CloseIncidentRequest message instead.");
        }
    }

    private static void CheckOpportunity(int? newState)
    {
        string? message = newState switch { 1 => "WinOpportunity", 2 => "LoseOpportunity", _ => null };
        if (message is null) return;
        string stateName = newState == 1 ? "Won" : "Lost";
        throw Fault.Create(
            ErrorCodes.CannotUseOpportunitySetStateMessage,
            $"This message can not be used to set the state of opportunity to {stateName}. In order to set state of opportunity to {stateName}, use the {message} message instead.");
    }
}

using System;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Bench.Baseline;

/// <summary>
/// What a typical team writes to keep a journey's counters: read the contact, write the touchpoint,
/// find the journey by its contact, then create it or add one to its counters, all synchronously
/// inside the user's save. Four service calls per contact touched; not safe under concurrency
/// (two saves read the same counter and both write +1), which the product avoids by recomputing.
/// </summary>
internal static class NaiveJourney
{
    public static void Record(IOrganizationService service, Guid contactId, string sourceTable, Guid sourceId, int channel, int direction, int kind,
        DateTime occurredOn, string name, Guid? caseId)
    {
        Entity contact = service.Retrieve(Tables.Contact, contactId, new ColumnSet(ContactColumns.FullName, ContactColumns.StateCode));
        if (contact.GetAttributeValue<OptionSetValue>(ContactColumns.StateCode)?.Value is int state && state != 0) return;

        var touchpoint = new Entity(Tables.Touchpoint)
        {
            [TouchpointColumns.Name] = name,
            [TouchpointColumns.Contact] = new EntityReference(Tables.Contact, contactId),
            [TouchpointColumns.SourceTable] = sourceTable,
            [TouchpointColumns.SourceId] = sourceId.ToString("D"),
            [TouchpointColumns.Kind] = new OptionSetValue(kind),
            [TouchpointColumns.Channel] = new OptionSetValue(channel),
            [TouchpointColumns.Direction] = new OptionSetValue(direction),
            [TouchpointColumns.OccurredOn] = occurredOn,
        };
        if (caseId.HasValue) touchpoint[TouchpointColumns.Case] = new EntityReference(Tables.Incident, caseId.Value);
        service.Create(touchpoint);

        var query = new QueryExpression(Tables.Journey)
        {
            ColumnSet = new ColumnSet(JourneyColumns.TotalTouchpoints, JourneyColumns.InboundCount, JourneyColumns.OutboundCount,
                JourneyColumns.EmailCount, JourneyColumns.CaseCount, JourneyColumns.SurveyCount),
        };
        query.Criteria.AddCondition(JourneyColumns.Contact, ConditionOperator.Equal, contactId);
        EntityCollection found = service.RetrieveMultiple(query);
        Entity journey = found.Entities.Count > 0
            ? found.Entities[0]
            : new Entity(Tables.Journey) { [JourneyColumns.Name] = contact.GetAttributeValue<string>(ContactColumns.FullName) ?? "Journey", [JourneyColumns.Contact] = new EntityReference(Tables.Contact, contactId) };

        var write = new Entity(Tables.Journey, journey.Id);
        if (journey.Id == Guid.Empty)
        {
            write[JourneyColumns.Name] = journey[JourneyColumns.Name];
            write[JourneyColumns.Contact] = journey[JourneyColumns.Contact];
        }
        write[JourneyColumns.TotalTouchpoints] = Count(journey, JourneyColumns.TotalTouchpoints) + 1;
        string? byDirection = direction == Choices.Direction.Inbound ? JourneyColumns.InboundCount : direction == Choices.Direction.Outbound ? JourneyColumns.OutboundCount : null;
        if (byDirection is not null) write[byDirection] = Count(journey, byDirection) + 1;
        string? byChannel = channel == Choices.Channel.Email ? JourneyColumns.EmailCount
            : channel == Choices.Channel.Case ? JourneyColumns.CaseCount
            : channel == Choices.Channel.Survey ? JourneyColumns.SurveyCount : null;
        if (byChannel is not null) write[byChannel] = Count(journey, byChannel) + 1;
        write[JourneyColumns.LastTouchpointOn] = occurredOn;
        write[JourneyColumns.LastChannel] = new OptionSetValue(channel);
        if (journey.Id == Guid.Empty) service.Create(write);
        else service.Update(write);
    }

    private static int Count(Entity journey, string column) => journey.GetAttributeValue<int?>(column) ?? 0;
}

using System;
using System.Collections.Generic;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Bench.Baseline;

/// <summary>
/// The baseline's capture: one synchronous post-operation step per message (Create of email, Create
/// of incident, Update of incident, Create of cx_feedback), which finds the contacts in the Target
/// (reading the case when the Target does not carry its customer) and records each through
/// <see cref="NaiveJourney"/>. A CreateMultiple of emails runs it once per email, as the platform
/// runs Create steps for every item. Bench only: never registered by the product's Solution/.
/// </summary>
public sealed class NaiveCapturePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        IOrganizationService service = factory.CreateOrganizationService(null);
        if (context.InputParameters["Target"] is not Entity target) return;
        Guid id = target.Id != Guid.Empty ? target.Id : context.PrimaryEntityId;
        DateTime now = DateTime.SpecifyKind(context.OperationCreatedOn, DateTimeKind.Utc);

        switch (target.LogicalName)
        {
            case Tables.Email:
                bool outgoing = target.GetAttributeValue<bool?>(EmailColumns.DirectionCode) ?? false;
                string subject = target.GetAttributeValue<string>(ActivityColumns.Subject) ?? "";
                var parties = outgoing ? new[] { EmailColumns.To, EmailColumns.Cc, EmailColumns.Bcc } : new[] { EmailColumns.From };
                foreach (Guid contact in ContactsIn(target, parties))
                {
                    NaiveJourney.Record(service, contact, Tables.Email, id, Choices.Channel.Email,
                        outgoing ? Choices.Direction.Outbound : Choices.Direction.Inbound, Choices.TouchpointKind.Created, now, "Email: " + subject, null);
                }
                break;

            case Tables.Incident when context.MessageName == "Create":
                if (target.GetAttributeValue<EntityReference>(IncidentColumns.CustomerId) is { LogicalName: Tables.Contact } customer)
                {
                    NaiveJourney.Record(service, customer.Id, Tables.Incident, id, Choices.Channel.Case, Choices.Direction.Inbound,
                        Choices.TouchpointKind.Created, now, "Case opened", id);
                }
                break;

            case Tables.Incident when target.GetAttributeValue<OptionSetValue>(IncidentColumns.StateCode)?.Value == StandardChoices.IncidentState.Resolved:
                Entity incident = service.Retrieve(Tables.Incident, id, new ColumnSet(IncidentColumns.CustomerId));
                if (incident.GetAttributeValue<EntityReference>(IncidentColumns.CustomerId) is { LogicalName: Tables.Contact } resolvedFor)
                {
                    NaiveJourney.Record(service, resolvedFor.Id, Tables.Incident, id, Choices.Channel.Case, Choices.Direction.Outbound,
                        Choices.TouchpointKind.Resolved, now, "Case resolved", id);
                }
                break;

            case Tables.Feedback:
                if (target.GetAttributeValue<EntityReference>(FeedbackColumns.Contact) is EntityReference respondent)
                {
                    NaiveJourney.Record(service, respondent.Id, Tables.Feedback, id, Choices.Channel.Survey, Choices.Direction.Inbound,
                        Choices.TouchpointKind.Answered, now, "Survey answered", target.GetAttributeValue<EntityReference>(FeedbackColumns.Case)?.Id);
                }
                break;
        }
    }

    private static IEnumerable<Guid> ContactsIn(Entity email, string[] partyColumns)
    {
        var seen = new HashSet<Guid>();
        foreach (string column in partyColumns)
        {
            if (email.GetAttributeValue<EntityCollection>(column) is not EntityCollection parties) continue;
            foreach (Entity party in parties.Entities)
            {
                if (party.GetAttributeValue<EntityReference>(ActivityPartyColumns.PartyId) is { LogicalName: Tables.Contact } contact && seen.Add(contact.Id)) yield return contact.Id;
            }
        }
    }
}

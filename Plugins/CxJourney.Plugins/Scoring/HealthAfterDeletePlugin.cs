using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Settings;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Scoring;

/// <summary>
/// Keeps the journey's health exact when a case, a case score or a feedback answer is deleted (asynchronous,
/// post-operation, on Delete of incident, cx_casescore and cx_feedback, with a pre-image of the deleted row's contact;
/// the case's own step covers its score, which its delete removes by Cascade, whether or not the platform runs the
/// score's Delete step for a cascaded delete: Microsoft's pages do not say, and the local organization does not). The health ledger on
/// the journey (<see cref="JourneyHealthUpdate"/>) would otherwise keep the deleted row's experience until nothing
/// replaces it. A delete is rare and may change more than its own row (deleting a case deletes its score and leaves its
/// answers about no case: the relationships' RemoveLink), so the job recomputes the contact's ledger from the rows that
/// remain: the journey with its settings copy, the contact's scores and answers, one versioned Update. When the contact
/// is gone too (its journey went with it), there is nothing to update.
/// </summary>
public sealed class HealthAfterDeletePlugin : PluginBase
{
    public HealthAfterDeletePlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var before = execution.GetPreImage(ImageAliases.Before);
        var contact = ContactOf(execution.PrimaryEntityName, before);
        if (contact == null)
        {
            context.Trace($"Deleted {execution.PrimaryEntityName} {execution.PrimaryEntityId:D} had no contact: no journey health to update.");
            return;
        }
        var service = context.SystemService;
        var journey = HealthJourney.Find(service, contact.Id);
        if (journey == null)
        {
            context.Trace($"Contact {contact.Id:D} has no journey (deleted with the contact, or never made): no health to update.");
            return;
        }
        var now = PluginClock.Now(execution);
        var configuration = ScoringConfiguration.From(JobSettings.Resolve(service, now, context.Trace, journey.Settings));
        JourneyHealthUpdate.TraceProblems(configuration, context.Trace);
        context.Trace($"Deleted {execution.PrimaryEntityName} {execution.PrimaryEntityId:D} of contact {contact.Id:D}: recomputing the journey's health from the rows that remain.");
        JourneyHealthUpdate.Write(service, contact.Id, journey, ledger => ledger, configuration.Settings.JourneyHealth, now, context.Trace, recompute: true);
    }

    /// <summary>The deleted row's contact, from its pre-image: a case's customer when that is a contact, else its contact person.</summary>
    private static EntityReference? ContactOf(string table, Entity? before)
    {
        if (before == null) return null;
        if (table == Tables.Incident)
        {
            var customer = before.GetAttributeValue<EntityReference>(IncidentColumns.CustomerId);
            return customer?.LogicalName == Tables.Contact ? customer : before.GetAttributeValue<EntityReference>(IncidentColumns.PrimaryContactId);
        }
        return before.GetAttributeValue<EntityReference>(table == Tables.CaseScore ? CaseScoreColumns.Contact : FeedbackColumns.Contact);
    }
}

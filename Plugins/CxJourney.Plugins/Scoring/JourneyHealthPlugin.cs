using System;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Scoring;

/// <summary>
/// Updates a contact's journey health (0-100, recent experience weighing more) and NPS category when one of
/// its case scores is written, or when it answers feedback about no case (feedback about a case reaches the
/// journey through that case's score). Asynchronous; four service calls: the environment variables, the
/// contact's case scores, its feedback, and the Upsert of the journey by its contact-derived id (idempotent).
/// </summary>
public sealed class JourneyHealthPlugin : PluginBase
{
    public JourneyHealthPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var contactId = ContactOf(context.ExecutionContext, out var why);
        context.Trace(why);
        if (contactId == null)
            return;

        var service = context.SystemService;
        var now = PluginClock.Now(context.ExecutionContext);
        var configuration = ScoringConfiguration.From(EnvironmentSettings.Load(service));
        foreach (var problem in configuration.Problems)
            context.Trace("Configuration problem (health uses the shipped values): " + problem);

        var result = JourneyHealthUpdate.Compute(contactId.Value, service, configuration.Settings.JourneyHealth, now);
        service.Execute(new UpsertRequest { Target = JourneyHealthUpdate.Row(contactId.Value, result, now) });
        context.Trace($"Journey health of contact {contactId.Value:D}: {(result.Health.Score?.ToString() ?? "none")} from {result.Health.ExperienceCount} experience(s); " +
            $"NPS category {(result.Health.NpsCategory?.ToString() ?? "none")}.");
    }

    private static Guid? ContactOf(IPluginExecutionContext context, out string why)
    {
        var target = context.GetRequiredTarget();
        if (context.PrimaryEntityName == Tables.Feedback)
        {
            if (target.GetAttributeValue<EntityReference>(FeedbackColumns.Case) != null)
            {
                why = "Feedback about a case reaches the journey through the case's score; nothing to do here.";
                return null;
            }
            var contact = target.GetAttributeValue<EntityReference>(FeedbackColumns.Contact);
            why = contact == null ? "Anonymous feedback: no journey to update." : $"Feedback about no case from contact {contact.Id:D}.";
            return contact?.Id;
        }
        var scoreContact = target.GetAttributeValue<EntityReference>(CaseScoreColumns.Contact)
            ?? context.GetPostImage(ImageAliases.Score)?.GetAttributeValue<EntityReference>(CaseScoreColumns.Contact);
        why = scoreContact == null ? "The case score has no contact: no journey to update." : $"A case score of contact {scoreContact.Id:D} changed.";
        return scoreContact?.Id;
    }
}

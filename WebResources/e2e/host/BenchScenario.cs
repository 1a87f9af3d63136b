using System;
using CxJourney.Emulator;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.E2E.Host;

/// <summary>One contact with many touchpoints (the timeline benchmark), created through the service.</summary>
public static class BenchScenario
{
    public static SeededData Seed(LocalOrganization organization, int touchpoints)
    {
        IOrganizationService service = organization.GetService();
        Guid agent = organization.CreateUser("Bench", "Agent");
        Guid contact = service.Create(new Entity(Tables.Contact) { [ContactColumns.FirstName] = "Bench", [ContactColumns.LastName] = "Contact" });
        Guid journey = service.Create(new Entity(JourneyColumns.Table)
        {
            [JourneyColumns.Name] = "Bench Contact",
            [JourneyColumns.Contact] = new EntityReference("contact", contact),
            [JourneyColumns.HealthScore] = 61,
            [JourneyColumns.TotalTouchpoints] = touchpoints,
            [JourneyColumns.OpenFollowUps] = 2,
        });
        int[] channels = { Choices.Channel.Email, Choices.Channel.Phone, Choices.Channel.Chat, Choices.Channel.Web, Choices.Channel.Case, Choices.Channel.Survey };
        int[] directions = { Choices.Direction.Inbound, Choices.Direction.Outbound, Choices.Direction.Internal };
        var random = new Random(11);
        DateTime at = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < touchpoints; i++)
        {
            at = at.AddMinutes(-random.Next(5, 120));
            E2eScenario.CreateTouchpoint(service, contact, journey, null, i % 3 == 0 ? agent : null, at,
                channels[i % channels.Length], directions[i % directions.Length], Choices.TouchpointKind.Created, "email",
                $"Bench touchpoint {i}: a subject long enough to need the ellipsis in a narrow column", Math.Round(random.NextDouble() * 2 - 1, 2));
        }
        return new SeededData(contact, Guid.Empty, "", Guid.Empty);
    }
}

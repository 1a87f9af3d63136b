using System;
using System.Collections.Generic;
using CxJourney.Emulator;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.E2E.Host;

/// <summary>What the runner needs to find in the seeded organization.</summary>
public sealed record SeededData(Guid TimelineContactId, Guid TimelineCaseId, string XssPayload, Guid OtherContactId);

/// <summary>
/// The browser suite's data: a contact with a fortnight of touchpoints (some late in the UTC
/// evening, so the day they fall on depends on the time zone), one touchpoint whose subject is an
/// XSS payload, and a few months of cases, case scores and survey answers across segments,
/// channels and agents for the dashboard. Everything goes through IOrganizationService.Create, so
/// whatever plug-in steps Solution/ registers run as they would in Dataverse.
/// </summary>
public static class E2eScenario
{
    public const string XssPayload = "<img src=x onerror=\"document.title='XSS'\">Where is my order?";

    public static SeededData Seed(LocalOrganization organization)
    {
        IOrganizationService service = organization.GetService();
        var random = new Random(7);
        Guid[] agents =
        {
            organization.CreateUser("Avery", "Agent"),
            organization.CreateUser("Blake", "Agent"),
            organization.CreateUser("Casey", "Agent"),
        };

        int? retail = Choices.Segment.Retail, small = Choices.Segment.SmallBusiness, enterprise = Choices.Segment.Enterprise;
        var people = new (string First, string Last, int? Segment)[]
        {
            ("Dana", "Timeline", retail), ("Eli", "Stone", small), ("Fay", "Brook", enterprise), ("Gus", "Hill", retail),
            ("Hana", "Vale", enterprise), ("Ivo", "Marsh", small), ("Jo", "Reed", null),
        };
        var contacts = new List<(Guid Id, Guid Journey, string Name, int? Segment)>();
        foreach (var p in people)
        {
            var contact = new Entity(Tables.Contact) { [ContactColumns.FirstName] = p.First, [ContactColumns.LastName] = p.Last };
            if (p.Segment is int s) contact[ContactColumns.Segment] = new OptionSetValue(s);
            Guid id = service.Create(contact);
            int openFollowUps = contacts.Count % 3;
            Guid journey = service.Create(new Entity(JourneyColumns.Table)
            {
                [JourneyColumns.Name] = $"{p.First} {p.Last}",
                [JourneyColumns.Contact] = new EntityReference("contact", id),
                [JourneyColumns.HealthScore] = 35 + contacts.Count * 9,
                [JourneyColumns.NpsCategory] = new OptionSetValue(contacts.Count % 2 == 0 ? Choices.NpsCategory.Detractor : Choices.NpsCategory.Promoter),
                [JourneyColumns.LatestCsat] = 1 + contacts.Count % 5,
                [JourneyColumns.LatestCes] = 2 + contacts.Count % 5,
                [JourneyColumns.LatestNps] = contacts.Count % 2 == 0 ? 4 : 9,
                [JourneyColumns.OpenFollowUps] = openFollowUps,
                [JourneyColumns.Stage] = new OptionSetValue(Choices.JourneyStage.Service),
            });
            contacts.Add((id, journey, $"{p.First} {p.Last}", p.Segment));
        }

        var dana = contacts[0];
        Guid danaCase = service.Create(new Entity("incident")
        {
            [IncidentColumns.Title] = "Order 1042 arrived damaged",
            [IncidentColumns.CustomerId] = new EntityReference(Tables.Contact, dana.Id),
        });
        SeedTimeline(service, dana.Id, dana.Journey, danaCase, agents);

        // A second contact's touchpoints must never show on Dana's timeline; one is flagged systemic.
        var eli = contacts[1];
        CreateTouchpoint(service, eli.Id, eli.Journey, null, agents[1], new DateTime(2025, 1, 12, 10, 0, 0, DateTimeKind.Utc),
            Choices.Channel.Phone, Choices.Direction.Inbound, Choices.TouchpointKind.Completed, "phonecall",
            "Checkout page rejects valid cards", -0.7, systemicNote: "Payment provider declines <b>all</b> Visa cards since the release");

        SeedCases(organization, service, contacts, agents, danaCase, random);
        return new SeededData(dana.Id, danaCase, XssPayload, eli.Id);
    }

    private static void SeedTimeline(IOrganizationService service, Guid contact, Guid journey, Guid caseId, Guid[] agents)
    {
        // (UTC time, channel, direction, kind, source table, subject, sentiment, agent index or -1, on the case)
        var items = new (string At, int Channel, int Direction, int Kind, string Table, string Subject, double? Sentiment, int Agent, bool OnCase)[]
        {
            ("2025-01-10T08:15:00Z", Choices.Channel.Web, Choices.Direction.Inbound, Choices.TouchpointKind.Created, "cx_feedback", "Visited the returns page", null, -1, false),
            ("2025-01-10T09:40:00Z", Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Created, "email", XssPayload, -0.55, -1, true),
            ("2025-01-10T10:05:00Z", Choices.Channel.Case, Choices.Direction.Internal, Choices.TouchpointKind.Created, "incident", "Order 1042 arrived damaged", null, 0, true),
            ("2025-01-10T14:30:00Z", Choices.Channel.Email, Choices.Direction.Outbound, Choices.TouchpointKind.Completed, "email", "RE: Where is my order?", 0.4, 0, true),
            ("2025-01-11T22:30:00Z", Choices.Channel.Chat, Choices.Direction.Inbound, Choices.TouchpointKind.Created, "email", "Late chat: still no replacement", -0.8, -1, true),
            ("2025-01-11T23:30:00Z", Choices.Channel.Sms, Choices.Direction.Outbound, Choices.TouchpointKind.Completed, "email", "Replacement ships tomorrow", 0.2, 1, true),
            ("2025-01-12T07:00:00Z", Choices.Channel.Phone, Choices.Direction.Outbound, Choices.TouchpointKind.Completed, "phonecall", "Call back about replacement", 0.65, 1, true),
            ("2025-01-12T12:00:00Z", Choices.Channel.Order, Choices.Direction.Internal, Choices.TouchpointKind.Created, "email", "Replacement order SO-2201", null, -1, false),
            ("2025-01-13T16:45:00Z", Choices.Channel.Case, Choices.Direction.Internal, Choices.TouchpointKind.Resolved, "incident", "Order 1042 arrived damaged", null, 0, true),
            ("2025-01-14T09:00:00Z", Choices.Channel.Survey, Choices.Direction.Inbound, Choices.TouchpointKind.Answered, "cx_feedback", "Survey: CSAT 4, NPS 8", 0.5, -1, true),
            ("2025-01-15T18:20:00Z", Choices.Channel.Email, Choices.Direction.Inbound, Choices.TouchpointKind.Created, "email", "Thanks for the quick fix", 0.9, -1, false),
            ("2025-01-15T23:10:00Z", Choices.Channel.Social, Choices.Direction.Inbound, Choices.TouchpointKind.Created, "email", "Posted a review", 0.7, -1, false),
            ("2025-01-16T11:00:00Z", Choices.Channel.Phone, Choices.Direction.Inbound, Choices.TouchpointKind.Completed, "phonecall", "Question about loyalty points", 0.1, 2, false),
            ("2025-01-16T11:00:00Z", Choices.Channel.Task, Choices.Direction.Internal, Choices.TouchpointKind.Created, "email", "Follow-up: loyalty points", null, 2, false),
        };
        foreach (var i in items)
        {
            CreateTouchpoint(service, contact, journey, i.OnCase ? caseId : null, i.Agent >= 0 ? agents[i.Agent] : null,
                DateTime.Parse(i.At, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal),
                i.Channel, i.Direction, i.Kind, i.Table, i.Subject, i.Sentiment);
        }
    }

    internal static Guid CreateTouchpoint(IOrganizationService service, Guid contact, Guid journey, Guid? caseId, Guid? agent, DateTime at,
        int channel, int direction, int kind, string table, string subject, double? sentiment, string? systemicNote = null)
    {
        var row = new Entity(TouchpointColumns.Table)
        {
            [TouchpointColumns.Name] = subject.Length > 100 ? subject.Substring(0, 100) : subject,
            [TouchpointColumns.Contact] = new EntityReference("contact", contact),
            [TouchpointColumns.Journey] = new EntityReference(JourneyColumns.Table, journey),
            [TouchpointColumns.Channel] = new OptionSetValue(channel),
            [TouchpointColumns.Direction] = new OptionSetValue(direction),
            [TouchpointColumns.Kind] = new OptionSetValue(kind),
            [TouchpointColumns.OccurredOn] = at,
            [TouchpointColumns.SourceTable] = table,
            [TouchpointColumns.SourceId] = Guid.NewGuid().ToString(),
            [TouchpointColumns.SubjectSummary] = subject,
        };
        if (sentiment is double s) row[TouchpointColumns.Sentiment] = s;
        if (caseId is Guid c) row[TouchpointColumns.Case] = new EntityReference("incident", c);
        if (agent is Guid a) row[TouchpointColumns.Agent] = new EntityReference("systemuser", a);
        if (systemicNote is not null)
        {
            row[TouchpointColumns.SystemicIssue] = true;
            row[TouchpointColumns.SystemicIssueNote] = systemicNote;
        }
        return service.Create(row);
    }

    private static void SeedCases(LocalOrganization organization, IOrganizationService service,
        List<(Guid Id, Guid Journey, string Name, int? Segment)> contacts, Guid[] agents, Guid danaCase, Random random)
    {
        int[] caseChannels = { Choices.Channel.Email, Choices.Channel.Phone, Choices.Channel.Web, Choices.Channel.Chat };
        int[] surveyChannels = { Choices.Channel.Survey, Choices.Channel.Web, Choices.Channel.Kiosk };
        var start = new DateTime(2024, 10, 1, 8, 0, 0, DateTimeKind.Utc);
        int number = 0;
        for (int i = 0; i < 24; i++)
        {
            var contact = contacts[i % contacts.Count];
            Guid caseId = i == 0 ? danaCase : service.Create(new Entity("incident")
            {
                [IncidentColumns.Title] = $"Case {i}: {(i % 4 == 0 ? "delivery" : i % 4 == 1 ? "billing" : i % 4 == 2 ? "returns" : "account")} question",
                [IncidentColumns.CustomerId] = new EntityReference(Tables.Contact, contact.Id),
            });
            // Cases spread over six months; some created late on the last evening of a month (UTC), which is already the next month in Berlin.
            DateTime created = i % 6 == 5
                ? new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(i / 6 + 1).AddMinutes(-45)
                : start.AddDays(i * 7.3).AddHours(random.Next(0, 10));
            bool open = i % 8 == 7;
            bool notYetDue = open && i % 16 == 15;
            DateTime resolveBy = notYetDue ? new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc) : created.AddHours(48);
            DateTime? resolved = open ? null : created.AddHours(random.Next(2, 90));
            bool met = resolved is DateTime r && r <= resolveBy;
            bool fcr = resolved is not null && random.Next(0, 3) > 0;
            decimal predicted = Math.Round((decimal)(1.4 + random.NextDouble() * 3.4), 2);
            int? surveyedCsat = i % 5 == 2 ? null : random.Next(1, 6);
            if (i % 7 == 3) surveyedCsat = 1;
            decimal predictedCes = Math.Round((decimal)(1.5 + random.NextDouble() * 4.5), 2);
            int? nps = surveyedCsat is null ? null : random.Next(0, 11);

            organization.Clock.Set(created);
            var score = new Entity(CaseScoreColumns.Table)
            {
                [CaseScoreColumns.Name] = i == 11 ? "CAS-0011: <script>alert('case')</script>" : $"CAS-{++number:0000}: case {i}",
                [CaseScoreColumns.Case] = new EntityReference("incident", caseId),
                [CaseScoreColumns.Contact] = new EntityReference("contact", contact.Id),
                [CaseScoreColumns.Journey] = new EntityReference(JourneyColumns.Table, contact.Journey),
                [CaseScoreColumns.Agent] = new EntityReference("systemuser", agents[i % agents.Length]),
                [CaseScoreColumns.Channel] = new OptionSetValue(caseChannels[i % caseChannels.Length]),
                [CaseScoreColumns.FirstContactResolution] = fcr,
                [CaseScoreColumns.FirstResponseMinutes] = (decimal)random.Next(3, 600),
                [CaseScoreColumns.ResolveBy] = resolveBy,
                [CaseScoreColumns.ResolveByMet] = met,
                [CaseScoreColumns.ResolveBySource] = new OptionSetValue(Choices.ResolveBySource.ConfiguredTarget),
                [CaseScoreColumns.Csat] = surveyedCsat is int sc ? sc : predicted,
                [CaseScoreColumns.CsatSource] = new OptionSetValue(surveyedCsat is null ? Choices.ScoreSource.Predicted : Choices.ScoreSource.Surveyed),
                [CaseScoreColumns.PredictedCsat] = predicted,
                [CaseScoreColumns.Ces] = predictedCes,
                [CaseScoreColumns.CesSource] = new OptionSetValue(Choices.ScoreSource.Predicted),
                [CaseScoreColumns.PredictedCes] = predictedCes,
                [CaseScoreColumns.CompositeScore] = random.Next(20, 95),
            };
            if (i % 9 == 4) score.Attributes.Remove(CaseScoreColumns.FirstResponseMinutes);
            if (resolved is DateTime done) score[CaseScoreColumns.ResolvedOn] = done;
            if (contact.Segment is int seg) score[CaseScoreColumns.Segment] = new OptionSetValue(seg);
            if (nps is int n)
            {
                score[CaseScoreColumns.Nps] = n;
                score[CaseScoreColumns.NpsCategory] = new OptionSetValue(n >= 9 ? Choices.NpsCategory.Promoter : n >= 7 ? Choices.NpsCategory.Passive : Choices.NpsCategory.Detractor);
            }
            service.Create(score);

            if (surveyedCsat is int answer)
            {
                DateTime answered = (resolved ?? created).AddHours(20);
                organization.Clock.Set(answered);
                var feedback = new Entity(FeedbackColumns.Table)
                {
                    [FeedbackColumns.Name] = $"Survey for case {i}",
                    [FeedbackColumns.Csat] = answer,
                    [FeedbackColumns.Ces] = random.Next(1, 8),
                    [FeedbackColumns.Nps] = nps,
                    [FeedbackColumns.Channel] = new OptionSetValue(surveyChannels[i % surveyChannels.Length]),
                    [FeedbackColumns.Contact] = new EntityReference("contact", contact.Id),
                    [FeedbackColumns.Case] = new EntityReference("incident", caseId),
                    [FeedbackColumns.AnsweredOn] = answered,
                    [FeedbackColumns.SourceReference] = $"survey:case:{i}",
                    [FeedbackColumns.Comment] = nps <= 6 ? (i % 2 == 0 ? XssPayload : "Took far too long & nobody called back") : "Fine",
                };
                if (contact.Segment is int seg2) feedback[FeedbackColumns.Segment] = new OptionSetValue(seg2);
                service.Create(feedback);
            }
        }

        // Anonymous in-store kiosk answers: no contact, no case, segment as the kiosk reported it.
        for (int k = 0; k < 6; k++)
        {
            DateTime answered = new DateTime(2024, 11, 3, 12, 0, 0, DateTimeKind.Utc).AddDays(k * 19);
            organization.Clock.Set(answered);
            var kiosk = new Entity(FeedbackColumns.Table)
            {
                [FeedbackColumns.Name] = $"Kiosk answer {k}",
                [FeedbackColumns.Nps] = (k * 3 + 2) % 11,
                [FeedbackColumns.Channel] = new OptionSetValue(Choices.Channel.Kiosk),
                [FeedbackColumns.Location] = "Store 12",
                [FeedbackColumns.AnsweredOn] = answered,
                [FeedbackColumns.SourceReference] = $"kiosk:store12:{k:000000}",
            };
            if (k % 3 != 2) kiosk[FeedbackColumns.Csat] = 1 + (k * 2) % 5;
            if (k % 2 == 0) kiosk[FeedbackColumns.Segment] = new OptionSetValue(k % 4 == 0 ? Choices.Segment.Retail : Choices.Segment.SmallBusiness);
            service.Create(kiosk);
        }
        organization.Clock.Set(LocalOrganization.DefaultStart);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CxJourney.TestSupport.Events;

/// <summary>
/// One event of the benchmark issue: what to set up in a world (seeded, so no step runs) and the one
/// request that is the event. <see cref="ContactsTouched"/> is how many contacts the event concerns,
/// hence how many touchpoints capture must write.
/// </summary>
public sealed record EventScenario(string Name, int ContactsTouched, Func<EventWorld, Action> Prepare)
{
    public static EventScenario InboundEmail { get; } = new("Inbound email", 1, w =>
    {
        Guid contact = w.SeedContacts(1)[0];
        return () => w.InboundEmail(contact);
    });

    /// <summary>An email drafted beforehand, then sent (its recipients' moment): the measured operation is the send.</summary>
    public static EventScenario OutboundEmailToFive { get; } = new("Outbound email sent to 5 contacts", 5, w =>
    {
        Guid[] contacts = w.SeedContacts(5);
        Guid draft = w.DraftEmail(contacts);
        return () => w.SendEmail(draft);
    });

    public static EventScenario CaseCreated { get; } = new("Case created", 1, w =>
    {
        Guid contact = w.SeedContacts(1)[0];
        return () => w.CaseCreated(contact);
    });

    public static EventScenario FeedbackArrived { get; } = new("Feedback arriving (case with 3 touchpoints)", 1, w =>
    {
        Guid contact = w.SeedContacts(1)[0];
        Guid caseId = w.SeedCase(contact);
        w.SeedHistory(caseId, contact, 3);
        return () => w.FeedbackArrived(caseId, contact);
    });

    /// <summary>The case's contact has <paramref name="priorTouchpoints"/> touchpoints on it already.</summary>
    public static EventScenario CaseResolved(int priorTouchpoints) =>
        new($"Case resolved, {priorTouchpoints.ToString("N0", CultureInfo.InvariantCulture)} prior touchpoints", 1, w =>
        {
            Guid contact = w.SeedContacts(1)[0];
            Guid caseId = w.SeedCase(contact);
            w.SeedHistory(caseId, contact, priorTouchpoints);
            return () => w.CaseResolved(caseId);
        });

    /// <summary>
    /// One ExecuteMultiple of <paramref name="count"/> inbound email Creates, each from a different contact (email has
    /// no CreateMultiple, so the local organization refuses that, as Dataverse does).
    /// </summary>
    public static EventScenario ExecuteMultipleEmails(int count) =>
        new($"ExecuteMultiple of {count.ToString("N0", CultureInfo.InvariantCulture)} email Creates", count, w =>
        {
            Guid[] contacts = w.SeedContacts(count);
            return () => w.ExecuteMultipleEmailCreates(contacts);
        });

    /// <summary>One ExecuteMultiple of <paramref name="count"/> inbound email Creates from ONE contact: a burst on one journey.</summary>
    public static EventScenario BurstForOneContact(int count) =>
        new($"{count.ToString("N0", CultureInfo.InvariantCulture)} touchpoints for one contact in one burst", 1, w =>
        {
            Guid contact = w.SeedContacts(1)[0];
            Guid[] senders = Enumerable.Repeat(contact, count).ToArray();
            return () => w.ExecuteMultipleEmailCreates(senders);
        });

    /// <summary>The issue's list: every event once, case resolution at three history sizes.</summary>
    public static IReadOnlyList<EventScenario> All { get; } =
    [
        InboundEmail,
        OutboundEmailToFive,
        CaseCreated,
        CaseResolved(3),
        CaseResolved(1_000),
        CaseResolved(10_000),
        FeedbackArrived,
        ExecuteMultipleEmails(1_000),
        BurstForOneContact(1_000),
    ];

    public override string ToString() => Name;
}

using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// A case with what scoring and the follow-up rules read about it, from one query (<see cref="CaseQuery"/>):
/// the incident's own columns, its customer contact, the owner's account and manager, and its feedback answers.
/// </summary>
public sealed class CaseRecord
{
    public CaseRecord(Guid id)
    {
        Id = id;
    }

    public Guid Id { get; }

    public EntityReference Reference => new(Tables.Incident, Id);

    public string? Title { get; init; }

    public string? TicketNumber { get; init; }

    public EntityReference? Owner { get; init; }

    /// <summary>The owner is a user whose account is disabled.</summary>
    public bool OwnerDisabled { get; init; }

    /// <summary>The owning user's manager (parentsystemuserid) when that manager's account is enabled.</summary>
    public EntityReference? OwnerManager { get; init; }

    public EntityReference? Customer { get; init; }

    public CaseContact? Contact { get; init; }

    public DateTime CreatedOn { get; init; }

    public DateTime? ModifiedOn { get; init; }

    /// <summary>The SLA's resolve-by time, when one applies.</summary>
    public DateTime? ResolveBy { get; init; }

    public int State { get; init; }

    public int? Origin { get; init; }

    public IReadOnlyList<FeedbackRow> Feedback { get; init; } = new FeedbackRow[0];

    public bool IsOpen => State == StandardChoices.IncidentState.Active;

    public bool IsResolved => State == StandardChoices.IncidentState.Resolved;

    /// <summary>
    /// When the case was (last) resolved: a resolved case cannot be changed until it is reactivated, so its
    /// modifiedon is the moment of the resolution. Null while open or cancelled.
    /// </summary>
    public DateTime? ResolvedOn => IsResolved ? ModifiedOn : null;

    /// <summary>
    /// cx_resolvedon of the case's score row as it stands (null without a row, or scored while open): equal to
    /// <see cref="ResolvedOn"/> when this resolution has already been scored.
    /// </summary>
    public DateTime? ScoredResolvedOn { get; init; }

    /// <summary>Whether the case has its score row yet.</summary>
    public bool HasScoreRow { get; init; }

    /// <summary>cx_compositescore of the case's score row as it stands (null without a row).</summary>
    public int? ScoredComposite { get; init; }

    /// <summary>cx_scoredon of the case's score row as it stands (null without a row).</summary>
    public DateTime? ScoredOn { get; init; }

    /// <summary>cx_contactid of the case's score row as it stands: the contact whose journey health counts it.</summary>
    public Guid? ScoredContactId { get; init; }

    /// <summary>
    /// The journey of <see cref="Contact"/> (its health ledger and row version), read by the same query; null when the
    /// contact has no journey yet, or the case no contact.
    /// </summary>
    public HealthJourney? Journey { get; init; }

    /// <summary>cx_followupstatus of the case's score row as it stands: what the follow-up rules last did.</summary>
    public string? FollowUpStatus { get; init; }

    /// <summary>The case is resolved and its score row already holds this resolution.</summary>
    public bool ResolutionAlreadyScored =>
        ResolvedOn.HasValue && ScoredResolvedOn.HasValue && Math.Abs((ResolvedOn.Value - ScoredResolvedOn.Value).TotalSeconds) < 1;

    /// <summary>"CAS-01234: Title", the score row's name, with personal data in the title masked.</summary>
    public string DisplayName
    {
        get
        {
            var title = Title == null ? null : Domain.Text.PiiMasker.Mask(Title);
            var name = string.IsNullOrEmpty(TicketNumber) ? title ?? Id.ToString("D") : TicketNumber + ": " + title;
            return name.Length <= 200 ? name : name.Substring(0, 197) + "...";
        }
    }

    /// <summary>
    /// The customer's latest answer to each question over all the case's feedback rows (an answer that skips a
    /// question keeps the earlier one); null when no row answers anything.
    /// </summary>
    public FeedbackAnswers? LatestAnswers()
    {
        if (Feedback.Count == 0)
            return null;
        var latestFirst = Feedback.OrderByDescending(f => f.AnsweredOn).ThenByDescending(f => f.Id).ToList();
        var answers = new FeedbackAnswers(
            latestFirst.Select(f => f.Csat).FirstOrDefault(v => v.HasValue),
            latestFirst.Select(f => f.Ces).FirstOrDefault(v => v.HasValue),
            latestFirst.Select(f => f.Nps).FirstOrDefault(v => v.HasValue),
            latestFirst[0].AnsweredOn);
        return answers.IsEmpty ? null : answers;
    }
}

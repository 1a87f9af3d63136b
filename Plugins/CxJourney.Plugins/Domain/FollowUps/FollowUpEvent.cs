using System;
using CxJourney.Plugins.Domain.Scoring;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>What happened, with the facts that event brings. Build one with the factory methods.</summary>
public sealed record FollowUpEvent
{
    private FollowUpEvent(FollowUpTrigger trigger, CaseFacts? @case, CaseScore? score, FeedbackAnswers? feedback, double? emailSentiment)
    {
        Trigger = trigger;
        Case = @case;
        Score = score;
        Feedback = feedback;
        EmailSentiment = emailSentiment;
    }

    public FollowUpTrigger Trigger { get; }

    /// <summary>The case concerned; null only for feedback that is not about a case.</summary>
    public CaseFacts? Case { get; }

    /// <summary>The case's score after this event (required for a resolution; optional with feedback).</summary>
    public CaseScore? Score { get; }

    /// <summary>The answer that just arrived (feedback events only).</summary>
    public FeedbackAnswers? Feedback { get; }

    /// <summary>The inbound email's sentiment, -1..1 (email events only).</summary>
    public double? EmailSentiment { get; }

    public static FollowUpEvent CaseResolved(CaseFacts @case, CaseScore score) =>
        new(FollowUpTrigger.CaseResolved, @case ?? throw new ArgumentNullException(nameof(@case)), score ?? throw new ArgumentNullException(nameof(score)), null, null);

    /// <param name="case">Null for feedback not tied to a case (the follow-up then regards the contact).</param>
    /// <param name="score">The case's updated score, when there is a case.</param>
    public static FollowUpEvent FeedbackReceived(CaseFacts? @case, CaseScore? score, FeedbackAnswers feedback) =>
        new(FollowUpTrigger.FeedbackReceived, @case, score, feedback ?? throw new ArgumentNullException(nameof(feedback)), null);

    public static FollowUpEvent CaseReopened(CaseFacts @case) =>
        new(FollowUpTrigger.CaseReopened, @case ?? throw new ArgumentNullException(nameof(@case)), null, null, null);

    public static FollowUpEvent InboundEmail(CaseFacts @case, double sentiment)
    {
        if (double.IsNaN(sentiment) || sentiment < -1 || sentiment > 1)
            throw new ArgumentOutOfRangeException(nameof(sentiment), sentiment, "Sentiment runs from -1 to 1.");
        return new(FollowUpTrigger.InboundEmail, @case ?? throw new ArgumentNullException(nameof(@case)), null, null, sentiment);
    }
}

using System;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// One experience in a contact's journey: a scored case (its composite, and the answers it got) or feedback
/// not tied to a case (a relationship survey). At least one of the two must be present.
/// </summary>
public sealed record JourneyExperience
{
    public JourneyExperience(DateTime occurredOnUtc, int? caseComposite, FeedbackAnswers? feedback = null)
    {
        if (caseComposite < 0 || caseComposite > 100)
            throw new ArgumentOutOfRangeException(nameof(caseComposite), caseComposite, "A composite runs from 0 to 100.");
        if (caseComposite == null && (feedback == null || feedback.IsEmpty))
            throw new ArgumentException("An experience needs a case composite or feedback with an answer.");
        OccurredOnUtc = occurredOnUtc;
        CaseComposite = caseComposite;
        Feedback = feedback;
    }

    public DateTime OccurredOnUtc { get; }

    public int? CaseComposite { get; }

    public FeedbackAnswers? Feedback { get; }
}

using System;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// What the customer answered in a survey (a cx_feedback row); each question may be unanswered.
/// CSAT 1-5 (5 = very satisfied), CES 1-7 (7 = very high effort), NPS 0-10.
/// </summary>
public sealed record FeedbackAnswers
{
    public FeedbackAnswers(int? csat = null, int? ces = null, int? nps = null, DateTime? answeredOnUtc = null)
    {
        Csat = Check(csat, 1, 5, nameof(csat));
        Ces = Check(ces, 1, 7, nameof(ces));
        Nps = Check(nps, 0, 10, nameof(nps));
        AnsweredOnUtc = answeredOnUtc;
    }

    public int? Csat { get; }

    public int? Ces { get; }

    public int? Nps { get; }

    public DateTime? AnsweredOnUtc { get; }

    public bool IsEmpty => Csat == null && Ces == null && Nps == null;

    private static int? Check(int? value, int min, int max, string name)
    {
        if (value != null && (value < min || value > max))
            throw new ArgumentOutOfRangeException(name, value, $"{name.ToUpperInvariant()} answers run from {min} to {max}.");
        return value;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// One cx_feedback answer as scoring reads it; <see cref="AnsweredOn"/> falls back to when the row was created.
/// <see cref="Ignored"/> names the answers that were outside their scale and so were dropped (null when none).
/// </summary>
public sealed record FeedbackRow(Guid Id, int? Csat, int? Ces, int? Nps, DateTime AnsweredOn, Guid? CaseId = null, string? Ignored = null)
{
    /// <summary>The contact who answered (cx_contactid), when read: journey health counts an answer for that contact's journey.</summary>
    public Guid? ContactId { get; init; }

    /// <summary>The answer as journey health counts it.</summary>
    public Domain.Scoring.FeedbackEntry Entry() => new(Id, CaseId, AnsweredOn, Csat, Ces, Nps);

    /// <summary>
    /// The row with every answer outside its scale (CSAT 1-5, CES 1-7, NPS 0-10) dropped and named in
    /// <see cref="Ignored"/>: the column accepts any whole number through the API, and one bad answer must not stop
    /// the case from being scored, nor fail the job again on every retry.
    /// </summary>
    public static FeedbackRow Read(Guid id, int? csat, int? ces, int? nps, DateTime answeredOn, Guid? caseId)
    {
        var ignored = new List<string>();
        var row = new FeedbackRow(id, Scale(csat, 1, 5, "CSAT", ignored), Scale(ces, 1, 7, "CES", ignored), Scale(nps, 0, 10, "NPS", ignored), answeredOn, caseId);
        return ignored.Count == 0 ? row : row with { Ignored = $"Feedback {id:D}: {string.Join(", ", ignored)} out of range, ignored." };
    }

    private static int? Scale(int? value, int min, int max, string name, List<string> ignored)
    {
        if (value == null || (value >= min && value <= max)) return value;
        ignored.Add(string.Format(CultureInfo.InvariantCulture, "{0} {1} (scale {2}-{3})", name, value, min, max));
        return null;
    }
}

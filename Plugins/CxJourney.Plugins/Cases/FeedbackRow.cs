using System;

namespace CxJourney.Plugins.Cases;

/// <summary>One cx_feedback answer as scoring reads it; <see cref="AnsweredOn"/> falls back to when the row was created.</summary>
public sealed record FeedbackRow(Guid Id, int? Csat, int? Ces, int? Nps, DateTime AnsweredOn, Guid? CaseId = null);

using System.Collections.Generic;

namespace CxJourney.Plugins.Model;

/// <summary>
/// Columns the solution adds to the activities it creates as follow-ups: task, phone call and the draft
/// apology email (Solution/Entities/Task, PhoneCall, Email).
/// </summary>
public static class FollowUpColumns
{
    /// <summary>The tables that carry these columns.</summary>
    public static readonly IReadOnlyList<string> OnTables = new[] { Tables.Task, Tables.PhoneCall, Tables.Email };

    /// <summary>The rule that created the follow-up (a Choices.FollowUpRule value); empty for activities made by people.</summary>
    public const string Rule = "cx_followuprule";

    /// <summary>Rule id and case (or contact) id, so a rule firing twice finds the follow-up it already made.</summary>
    public const string Key = "cx_followupkey";
}

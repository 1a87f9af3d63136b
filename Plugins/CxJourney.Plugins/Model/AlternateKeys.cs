using System.Collections.Generic;

namespace CxJourney.Plugins.Model;

/// <summary>
/// The solution's alternate keys, by which plugins upsert rows instead of searching for them first.
/// A key's columns are listed in the order Solution/ defines them.
/// </summary>
public static class AlternateKeys
{
    /// <summary>One journey per contact.</summary>
    public const string JourneyContact = "cx_journey_contact";

    public static readonly IReadOnlyList<string> JourneyContactColumns = new[] { JourneyColumns.Contact };

    /// <summary>
    /// One touchpoint per source record, kind and contact: an email to five contacts makes five touchpoints
    /// with the same source and kind, so the contact is part of the key.
    /// </summary>
    public const string TouchpointSource = "cx_touchpoint_sourcekey";

    public static readonly IReadOnlyList<string> TouchpointSourceColumns = new[]
    {
        TouchpointColumns.SourceTable, TouchpointColumns.SourceId, TouchpointColumns.Kind, TouchpointColumns.Contact,
    };

    /// <summary>One feedback row per survey response.</summary>
    public const string FeedbackSourceReference = "cx_feedback_sourcereference";

    public static readonly IReadOnlyList<string> FeedbackSourceReferenceColumns = new[] { FeedbackColumns.SourceReference };

    /// <summary>One score per case.</summary>
    public const string CaseScoreCase = "cx_casescore_case";

    public static readonly IReadOnlyList<string> CaseScoreCaseColumns = new[] { CaseScoreColumns.Case };
}

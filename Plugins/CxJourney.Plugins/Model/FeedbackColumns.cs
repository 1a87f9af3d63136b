namespace CxJourney.Plugins.Model;

/// <summary>Columns of cx_feedback (Feedback): A customer's survey answer (CSAT, CES, NPS and comment), from a survey, the web or an in-store kiosk; may be anonymous.</summary>
public static class FeedbackColumns
{
    public const string Table = Tables.Feedback;

    /// <summary>Primary key.</summary>
    public const string Id = "cx_feedbackid";

    // Platform columns this table has like every user-owned table.
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>Short label of the answer, e.g. 'Survey 2025-03-01 (Store 12 kiosk)'.</summary>
    public const string Name = "cx_name";

    /// <summary>Customer satisfaction answer: 1 (very dissatisfied) to 5 (very satisfied).</summary>
    public const string Csat = "cx_csat";

    /// <summary>Customer effort answer: 1 (very low effort) to 7 (very high effort).</summary>
    public const string Ces = "cx_ces";

    /// <summary>Net Promoter answer: how likely to recommend us, 0 to 10.</summary>
    public const string Nps = "cx_nps";

    /// <summary>The customer's free-text comment.</summary>
    public const string Comment = "cx_comment";

    /// <summary>Sentiment of the comment, from -1 (negative) to 1 (positive); empty without a comment.</summary>
    public const string CommentSentiment = "cx_commentsentiment";

    /// <summary>Where the answer was given: survey, web or in-store kiosk.</summary>
    public const string Channel = "cx_channel";

    /// <summary>Store, branch or site where the answer was given (kiosk answers).</summary>
    public const string Location = "cx_location";

    /// <summary>The customer's segment when known (for anonymous answers, as the kiosk or survey reported it).</summary>
    public const string Segment = "cx_segment";

    /// <summary>The contact who answered; empty for an anonymous answer (e.g. an in-store kiosk). Deleting the contact deletes the answer.</summary>
    public const string Contact = "cx_contactid";

    /// <summary>The case the answer is about, if any.</summary>
    public const string Case = "cx_caseid";

    /// <summary>When the customer answered.</summary>
    public const string AnsweredOn = "cx_answeredon";

    /// <summary>The survey system's reference of the response, e.g. 'kiosk:store12:000451'; unique (alternate key cx_feedback_sourcereference) so a response delivered twice is stored once.</summary>
    public const string SourceReference = "cx_sourcereference";
}

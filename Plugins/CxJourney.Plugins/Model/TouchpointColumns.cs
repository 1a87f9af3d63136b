namespace CxJourney.Plugins.Model;

/// <summary>Columns of cx_touchpoint (Touchpoint): One interaction on a contact's journey (an email, call, case event, order, survey answer...), recorded from its source record.</summary>
public static class TouchpointColumns
{
    public const string Table = Tables.Touchpoint;

    /// <summary>Primary key.</summary>
    public const string Id = "cx_touchpointid";

    // Platform columns this table has like every user-owned table.
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>Short summary shown in lists and on the timeline, e.g. 'Inbound email: Where is my order?'.</summary>
    public const string Name = "cx_name";

    /// <summary>The contact the touchpoint belongs to. Part of the source key; deleting the contact deletes its touchpoints (they carry personal data).</summary>
    public const string Contact = "cx_contactid";

    /// <summary>The contact's journey the touchpoint is rolled up into.</summary>
    public const string Journey = "cx_journeyid";

    /// <summary>Where the touchpoint happened.</summary>
    public const string Channel = "cx_channel";

    /// <summary>Who started the touchpoint: the customer (inbound), us (outbound), or neither (internal).</summary>
    public const string Direction = "cx_direction";

    /// <summary>What happened to the source record. Part of the source key.</summary>
    public const string Kind = "cx_kind";

    /// <summary>Planned, Happened or Cancelled (Choices.TouchpointStatus): only Happened (or empty, on rows written before the column existed) counts.</summary>
    public const string Status = "cx_status";

    /// <summary>When it happened (the source record's own time, not the time the touchpoint was recorded).</summary>
    public const string OccurredOn = "cx_occurredon";

    /// <summary>Logical name of the table of the source record (email, phonecall, incident, cx_feedback...). Part of the source key.</summary>
    public const string SourceTable = "cx_sourcetable";

    /// <summary>The source record's id as a GUID in text (36 characters, lower case, with hyphens): text because an alternate key cannot include a unique identifier column. For an event that can happen more than once on the same record (a case reopened twice) it is a name-based GUID of the record id, kind and event time, so a re-delivered event maps to the same key. Part of the source key.</summary>
    public const string SourceId = "cx_sourceid";

    /// <summary>The case the touchpoint is about, if any (the case itself, or an activity regarding it).</summary>
    public const string Case = "cx_caseid";

    /// <summary>The user who handled the touchpoint (sender of an outbound email, owner of a call), if any.</summary>
    public const string Agent = "cx_agentid";

    /// <summary>The subject of the source record, shortened to 200 characters.</summary>
    public const string SubjectSummary = "cx_subjectsummary";

    /// <summary>Sentiment of the touchpoint's text, from -1 (negative) to 1 (positive); empty when there was no text to score.</summary>
    public const string Sentiment = "cx_sentiment";

    /// <summary>The contact's journey stage when the touchpoint was recorded.</summary>
    public const string JourneyStage = "cx_journeystage";

    /// <summary>How the touchpoint speaks about satisfaction (from its NPS, CSAT or inbound sentiment), stored so journey summaries can group by it.</summary>
    public const string FeedbackBand = "cx_feedbackband";

    /// <summary>The Net Promoter answer (0-10) a survey touchpoint carries.</summary>
    public const string Nps = "cx_nps";

    /// <summary>The customer satisfaction answer (1-5) a survey touchpoint carries.</summary>
    public const string Csat = "cx_csat";

    /// <summary>Set by an agent when this touchpoint shows a problem that affects many customers (product, process or policy), so it can be reviewed.</summary>
    public const string SystemicIssue = "cx_systemicissue";

    /// <summary>The agent's note on the systemic issue.</summary>
    public const string SystemicIssueNote = "cx_systemicissuenote";

    /// <summary>Groups the touchpoints of one case or conversation for first-response pairing, e.g. 'incident:&lt;case id&gt;' or 'email:&lt;conversation id&gt;'; empty for a touchpoint in no thread.</summary>
    public const string ThreadKey = "cx_threadkey";

    /// <summary>For an outbound touchpoint that answered a waiting customer message in the same thread: wall-clock minutes the customer waited.</summary>
    public const string ResponseMinutes = "cx_responseminutes";
}

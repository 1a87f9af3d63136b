namespace CxJourney.Plugins.Model;

/// <summary>Columns of cx_casescore (Case score): The experience score of one case: operational facts (first contact resolution, contacts, reopens, response and resolution times), CSAT and CES surveyed or predicted, NPS, sentiment and a composite score.</summary>
public static class CaseScoreColumns
{
    public const string Table = Tables.CaseScore;

    /// <summary>Primary key.</summary>
    public const string Id = "cx_casescoreid";

    // Platform columns this table has like every user-owned table.
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>Case number and title of the scored case.</summary>
    public const string Name = "cx_name";

    /// <summary>The scored case. One score per case (alternate key cx_casescore_case); deleting the case deletes its score.</summary>
    public const string Case = "cx_caseid";

    /// <summary>The case's customer contact.</summary>
    public const string Contact = "cx_contactid";

    /// <summary>The contact's journey.</summary>
    public const string Journey = "cx_journeyid";

    /// <summary>Yes when the case was resolved with at most one inbound contact and never reopened.</summary>
    public const string FirstContactResolution = "cx_firstcontactresolution";

    /// <summary>Inbound and outbound contacts (touchpoints) before the latest resolution.</summary>
    public const string ContactsBeforeResolution = "cx_contactsbeforeresolution";

    /// <summary>Contacts the customer started, including the one that opened the case.</summary>
    public const string InboundContacts = "cx_inboundcontacts";

    /// <summary>Contacts the agents started.</summary>
    public const string OutboundContacts = "cx_outboundcontacts";

    /// <summary>How many times the case was reopened.</summary>
    public const string ReopenCount = "cx_reopencount";

    /// <summary>Wall-clock minutes from the case's creation to the first agent response; empty without a response.</summary>
    public const string FirstResponseMinutes = "cx_firstresponseminutes";

    /// <summary>Business hours (cx_BusinessCalendar) from the case's creation to its resolution; empty while open.</summary>
    public const string ResolutionBusinessHours = "cx_resolutionbusinesshours";

    /// <summary>When the case was (last) resolved; empty while open.</summary>
    public const string ResolvedOn = "cx_resolvedon";

    /// <summary>The time the case was measured against: its SLA resolve-by time, or created on plus the configured target in business hours.</summary>
    public const string ResolveBy = "cx_resolveby";

    /// <summary>Yes when the case was resolved by the resolve-by time. No when it was resolved late, is still open past it, or is open and not yet due (then Resolved on is empty and Resolve by is in the future).</summary>
    public const string ResolveByMet = "cx_resolvebymet";

    /// <summary>Where the resolve-by time came from: the case's SLA or the configured target.</summary>
    public const string ResolveBySource = "cx_resolvebysource";

    /// <summary>Customer satisfaction, 1 to 5: the surveyed answer, or the model's prediction until an answer arrives.</summary>
    public const string Csat = "cx_csat";

    /// <summary>Whether CSAT was surveyed or predicted.</summary>
    public const string CsatSource = "cx_csatsource";

    /// <summary>What the model predicted for CSAT, kept when a survey answer replaces the prediction.</summary>
    public const string PredictedCsat = "cx_predictedcsat";

    /// <summary>Surveyed CSAT minus predicted CSAT, to report the model's accuracy; empty until both exist.</summary>
    public const string CsatPredictionError = "cx_csatpredictionerror";

    /// <summary>Customer effort, 1 (low) to 7 (high): the surveyed answer, or the model's prediction until an answer arrives.</summary>
    public const string Ces = "cx_ces";

    /// <summary>Whether CES was surveyed or predicted.</summary>
    public const string CesSource = "cx_cessource";

    /// <summary>What the model predicted for CES, kept when a survey answer replaces the prediction.</summary>
    public const string PredictedCes = "cx_predictedces";

    /// <summary>Surveyed CES minus predicted CES; empty until both exist.</summary>
    public const string CesPredictionError = "cx_cespredictionerror";

    /// <summary>Net Promoter answer about the case, 0 to 10; only ever from an answer, never predicted.</summary>
    public const string Nps = "cx_nps";

    /// <summary>Category of the NPS answer.</summary>
    public const string NpsCategory = "cx_npscategory";

    /// <summary>Average sentiment of the case's scored touchpoints, -1 to 1; empty when none was scored.</summary>
    public const string Sentiment = "cx_sentiment";

    /// <summary>The most negative sentiment among the case's scored touchpoints, -1 to 1.</summary>
    public const string MinimumSentiment = "cx_minimumsentiment";

    /// <summary>Number of the case's touchpoints with a sentiment score.</summary>
    public const string SentimentCount = "cx_sentimentcount";

    /// <summary>Composite case experience score, 0 to 100, weighting CSAT, CES, sentiment, first contact resolution, resolve-by and NPS (cx_ScoringWeights).</summary>
    public const string CompositeScore = "cx_compositescore";

    /// <summary>The CSAT model's terms, one line each, so an agent can see why the prediction is what it is.</summary>
    public const string CsatExplanation = "cx_csatexplanation";

    /// <summary>The CES model's terms, one line each.</summary>
    public const string CesExplanation = "cx_cesexplanation";

    /// <summary>Problems that did not stop scoring, e.g. a business calendar without working time; empty when there were none.</summary>
    public const string ScoringNotes = "cx_scoringnotes";

    /// <summary>What the follow-up rules did on the case's latest event (created, held back and why), or why no follow-up was created at all, e.g. an invalid cx_FollowUpRules value with line, column and JSON path.</summary>
    public const string FollowUpStatus = "cx_followupstatus";

    /// <summary>When the case was last scored.</summary>
    public const string ScoredOn = "cx_scoredon";

    /// <summary>The channel the case came in through (its origin).</summary>
    public const string Channel = "cx_channel";

    /// <summary>The user who owned the case when it was scored.</summary>
    public const string Agent = "cx_agentid";

    /// <summary>The customer's segment when the case was scored.</summary>
    public const string Segment = "cx_segment";
}

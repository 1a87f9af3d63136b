namespace CxJourney.Plugins.Model;

/// <summary>Columns of cx_journey (Journey): A contact's customer journey: one row per contact holding the rollups of its touchpoints (counts, response times, sentiment, stage) and its experience health.</summary>
public static class JourneyColumns
{
    public const string Table = Tables.Journey;

    /// <summary>Primary key.</summary>
    public const string Id = "cx_journeyid";

    // Platform columns this table has like every user-owned table.
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>The contact's name, copied when the journey is created; shown in lists and lookups.</summary>
    public const string Name = "cx_name";

    /// <summary>The contact whose journey this is. One journey per contact (alternate key cx_journey_contact); deleting the contact deletes the journey.</summary>
    public const string Contact = "cx_contactid";

    /// <summary>When the contact's earliest touchpoint happened (rolled up from touchpoints).</summary>
    public const string FirstTouchpointOn = "cx_firsttouchpointon";

    /// <summary>When the contact's latest touchpoint happened (rolled up from touchpoints).</summary>
    public const string LastTouchpointOn = "cx_lasttouchpointon";

    /// <summary>Number of touchpoints on the journey, all channels and directions (rolled up).</summary>
    public const string TotalTouchpoints = "cx_totaltouchpoints";

    /// <summary>Number of touchpoints on the Email channel (rolled up).</summary>
    public const string EmailCount = "cx_emailcount";

    /// <summary>Number of touchpoints on the Phone channel (rolled up).</summary>
    public const string PhoneCount = "cx_phonecount";

    /// <summary>Number of touchpoints on the Appointment channel (rolled up).</summary>
    public const string AppointmentCount = "cx_appointmentcount";

    /// <summary>Number of touchpoints on the Chat channel (rolled up).</summary>
    public const string ChatCount = "cx_chatcount";

    /// <summary>Number of touchpoints on the SMS channel (rolled up).</summary>
    public const string SmsCount = "cx_smscount";

    /// <summary>Number of touchpoints on the Social channel (rolled up).</summary>
    public const string SocialCount = "cx_socialcount";

    /// <summary>Number of touchpoints on the Web channel (rolled up).</summary>
    public const string WebCount = "cx_webcount";

    /// <summary>Number of touchpoints on the In-store kiosk channel (rolled up).</summary>
    public const string KioskCount = "cx_kioskcount";

    /// <summary>Number of touchpoints on the Survey channel (rolled up).</summary>
    public const string SurveyCount = "cx_surveycount";

    /// <summary>Number of touchpoints on the Case channel (rolled up).</summary>
    public const string CaseCount = "cx_casecount";

    /// <summary>Number of touchpoints on the Order channel (rolled up).</summary>
    public const string OrderCount = "cx_ordercount";

    /// <summary>Number of touchpoints on the Letter channel (rolled up).</summary>
    public const string LetterCount = "cx_lettercount";

    /// <summary>Number of touchpoints on the Task channel (rolled up).</summary>
    public const string TaskCount = "cx_taskcount";

    /// <summary>Number of touchpoints on the Invoice channel (rolled up).</summary>
    public const string InvoiceCount = "cx_invoicecount";

    /// <summary>Number of touchpoints on the Quote channel (rolled up).</summary>
    public const string QuoteCount = "cx_quotecount";

    /// <summary>Number of touchpoints on the Opportunity channel (rolled up).</summary>
    public const string OpportunityCount = "cx_opportunitycount";

    /// <summary>Number of touchpoints on the Lead channel (rolled up).</summary>
    public const string LeadCount = "cx_leadcount";

    /// <summary>Number of touchpoints on the Other channel (rolled up).</summary>
    public const string OtherCount = "cx_othercount";

    /// <summary>Number of touchpoints the customer started (rolled up).</summary>
    public const string InboundCount = "cx_inboundcount";

    /// <summary>Number of touchpoints we started (rolled up).</summary>
    public const string OutboundCount = "cx_outboundcount";

    /// <summary>Number of internal touchpoints: system events and internal records (rolled up).</summary>
    public const string InternalCount = "cx_internalcount";

    /// <summary>Channel of the latest touchpoint (rolled up).</summary>
    public const string LastChannel = "cx_lastchannel";

    /// <summary>Direction of the latest touchpoint (rolled up).</summary>
    public const string LastDirection = "cx_lastdirection";

    /// <summary>Where the contact stands on the journey now, decided from the touchpoints by the journey stage rules; empty before the first touchpoint.</summary>
    public const string Stage = "cx_stage";

    /// <summary>When the current stage was first set (the rollup that changed it).</summary>
    public const string StageChangedOn = "cx_stagechangedon";

    /// <summary>Why the stage rules chose the current stage, e.g. 'a case is open'.</summary>
    public const string StageReason = "cx_stagereason";

    /// <summary>When the customer last reached out (latest inbound touchpoint).</summary>
    public const string LastInboundOn = "cx_lastinboundon";

    /// <summary>The oldest customer message, across all threads, not yet answered by a reply or a case closure; empty when nothing is waiting.</summary>
    public const string WaitingForReplySince = "cx_waitingforreplysince";

    /// <summary>Number of conversation or case threads with a customer message waiting for a reply.</summary>
    public const string WaitingThreads = "cx_waitingthreads";

    /// <summary>Mean wall-clock minutes from a customer message to our next reply in the same thread, over the answered waits counted in Responses measured.</summary>
    public const string AvgFirstResponseMinutes = "cx_avgfirstresponseminutes";

    /// <summary>The longest wall-clock wait, in minutes, from a customer message to our reply in the same thread.</summary>
    public const string LongestFirstResponseMinutes = "cx_longestfirstresponseminutes";

    /// <summary>Number of answered customer waits behind the average first response.</summary>
    public const string ResponsesMeasured = "cx_responsesmeasured";

    /// <summary>Mean sentiment of all scored inbound touchpoints, from -1 (negative) to 1 (positive).</summary>
    public const string AverageSentiment = "cx_averagesentiment";

    /// <summary>Sentiment of the latest scored inbound touchpoint, from -1 (negative) to 1 (positive).</summary>
    public const string LatestSentiment = "cx_latestsentiment";

    /// <summary>Mean sentiment of the latest inbound messages minus the mean of the ones before them (window set in cx_JourneySettings): positive when the mood improves. The difference of two means of -1..1, so -2..2; empty when there are too few messages.</summary>
    public const string SentimentTrend = "cx_sentimenttrend";

    /// <summary>Sentiment trend read against the configured threshold: declining, stable or improving; empty when there are too few messages.</summary>
    public const string SentimentTrendDirection = "cx_sentimenttrenddirection";

    /// <summary>Number of the contact's cases open according to their touchpoints.</summary>
    public const string OpenCases = "cx_opencases";

    /// <summary>Number of open follow-up activities (tasks, phone calls, draft emails with a follow-up rule) for the contact.</summary>
    public const string OpenFollowUps = "cx_openfollowups";

    /// <summary>Journey health 0-100 from the contact's scored cases, recent ones weighing more; empty before the first scored case.</summary>
    public const string HealthScore = "cx_healthscore";

    /// <summary>Category of the latest NPS answer.</summary>
    public const string NpsCategory = "cx_npscategory";

    /// <summary>The latest surveyed customer satisfaction answer, 1 (very dissatisfied) to 5 (very satisfied).</summary>
    public const string LatestCsat = "cx_latestcsat";

    /// <summary>The latest surveyed customer effort answer, 1 (very low effort) to 7 (very high effort).</summary>
    public const string LatestCes = "cx_latestces";

    /// <summary>The latest Net Promoter answer, 0 to 10.</summary>
    public const string LatestNps = "cx_latestnps";

    /// <summary>When the health fields were last computed.</summary>
    public const string LastScoredOn = "cx_lastscoredon";

    /// <summary>Number of the contact's scored cases behind the health score.</summary>
    public const string CasesScored = "cx_casesscored";

    /// <summary>The case event job's own record of what journey health is computed from (see Domain/Scoring/JourneyHealthLedger): per scored case its composite and date, per feedback answer its answers, case and date. A case event replaces its own entries instead of reading all the contact's scores and feedback again. Written only by the case event job, never by the rollup.</summary>
    public const string HealthState = "cx_healthstate";

    /// <summary>When the touchpoint rollup last ran for this journey.</summary>
    public const string RolledUpOn = "cx_rolledupon";

    /// <summary>The rollup's own running aggregates (see Journey/Rollup/JourneyLedger): what it has counted, so a new touchpoint is added to them instead of re-reading the whole history. Also the rollup's watermark: a touchpoint is counted when it is linked to the journey or listed here as counted but not yet linked.</summary>
    public const string RollupState = "cx_rollupstate";

    /// <summary>The settings copy (cx_settingscopy) the rollup reads with the journey; set by the rollup.</summary>
    public const string SettingsCopy = "cx_settingscopyid";

    /// <summary>Status of the last rollup or scoring: empty when it went well, otherwise what went wrong, e.g. an invalid cx_JourneySettings or cx_ScoringWeights value and the defaults used instead. Visible so an administrator notices bad configuration.</summary>
    public const string RollupStatus = "cx_rollupstatus";

    /// <summary>The journey's count column of a touchpoint channel (a Choices.Channel value), or null for a value the solution does not define.</summary>
    public static string? CountColumnFor(int channel)
    {
        switch (channel)
        {
            case Choices.Channel.Email: return EmailCount;
            case Choices.Channel.Phone: return PhoneCount;
            case Choices.Channel.Appointment: return AppointmentCount;
            case Choices.Channel.Chat: return ChatCount;
            case Choices.Channel.Sms: return SmsCount;
            case Choices.Channel.Social: return SocialCount;
            case Choices.Channel.Web: return WebCount;
            case Choices.Channel.Kiosk: return KioskCount;
            case Choices.Channel.Survey: return SurveyCount;
            case Choices.Channel.Case: return CaseCount;
            case Choices.Channel.Order: return OrderCount;
            case Choices.Channel.Letter: return LetterCount;
            case Choices.Channel.Task: return TaskCount;
            case Choices.Channel.Invoice: return InvoiceCount;
            case Choices.Channel.Quote: return QuoteCount;
            case Choices.Channel.Opportunity: return OpportunityCount;
            case Choices.Channel.Lead: return LeadCount;
            case Choices.Channel.Other: return OtherCount;
            default: return null;
        }
    }
}

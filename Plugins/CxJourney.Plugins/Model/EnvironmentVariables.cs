namespace CxJourney.Plugins.Model;

/// <summary>
/// Schema names of the solution's environment variables (Solution/environmentvariabledefinitions/).
/// Each ships a default value; an environment variable value row overrides it.
/// </summary>
public static class EnvironmentVariables
{
    /// <summary>JSON: working week, time zone and holidays (shape: BusinessCalendar.DefaultJson).</summary>
    public const string BusinessCalendar = "cx_BusinessCalendar";

    /// <summary>Text: name of the queue or team that receives follow-ups nobody else can take.</summary>
    public const string CxTeamQueue = "cx_CxTeamQueue";

    /// <summary>JSON: the follow-up rules (shape: FollowUpSettings.DefaultJson).</summary>
    public const string FollowUpRules = "cx_FollowUpRules";

    /// <summary>JSON: the per-contact follow-up throttle, the "throttle" object of FollowUpSettings.DefaultJson.</summary>
    public const string FollowUpThrottle = "cx_FollowUpThrottle";

    /// <summary>JSON: thresholds of the journey rules (JourneyOptions.FromJson).</summary>
    public const string JourneySettings = "cx_JourneySettings";

    /// <summary>JSON: scoring models and weights (shape: ScoringSettings.DefaultJson).</summary>
    public const string ScoringWeights = "cx_ScoringWeights";
}

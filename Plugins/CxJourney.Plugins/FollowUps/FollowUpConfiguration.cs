using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.Calendar;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Domain.Json;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// The follow-up configuration of one execution: rules (cx_FollowUpRules), throttle (cx_FollowUpThrottle,
/// which wins over a throttle inside the rules), calendar (cx_BusinessCalendar) and the name of the CX team
/// and queue (cx_CxTeamQueue). Any unusable value makes <see cref="IsUsable"/> false: follow-ups are then
/// skipped, never guessed, and <see cref="Problems"/> says which variable is wrong and where in its JSON.
/// </summary>
public sealed class FollowUpConfiguration
{
    /// <summary>The shipped value of cx_CxTeamQueue, used when the organization has no such variable.</summary>
    public const string ShippedTeamName = "CX Team";

    private FollowUpConfiguration(FollowUpSettings? settings, BusinessCalendar? calendar, string? teamName, IReadOnlyList<string> problems)
    {
        Settings = settings;
        Calendar = calendar;
        TeamName = teamName;
        Problems = problems;
    }

    public FollowUpSettings? Settings { get; }

    public BusinessCalendar? Calendar { get; }

    /// <summary>The team that owns follow-ups nobody else can take, and the queue escalations go to (same name).</summary>
    public string? TeamName { get; }

    public IReadOnlyList<string> Problems { get; }

    public bool IsUsable => Settings != null && Calendar != null && Problems.Count == 0;

    public static FollowUpConfiguration From(EnvironmentSettings environment)
    {
        var problems = new List<string>();
        FollowUpSettings.TryParse(environment.Get(EnvironmentVariables.FollowUpRules), out var settings, out var rulesError);
        if (rulesError != null)
            problems.Add(EnvironmentVariables.FollowUpRules + ": " + rulesError.Message);

        var throttleJson = environment.Get(EnvironmentVariables.FollowUpThrottle);
        if (throttleJson != null)
        {
            if (TryReadThrottle(throttleJson, out var throttle, out var throttleError))
                settings = settings?.WithThrottle(throttle!);
            else
                problems.Add(EnvironmentVariables.FollowUpThrottle + ": " + throttleError!.Message);
        }

        var calendar = CalendarConfiguration.Read(environment, out var calendarProblem);
        if (calendarProblem != null)
            problems.Add(calendarProblem);
        return new FollowUpConfiguration(settings, calendar, environment.Get(EnvironmentVariables.CxTeamQueue)?.Trim() ?? ShippedTeamName, problems);
    }

    /// <summary>The throttle object <c>{ "maxFollowUps": 2, "perDays": 7 }</c> (the "throttle" of FollowUpSettings.DefaultJson).</summary>
    public static bool TryReadThrottle(string json, out ThrottleSettings? throttle, out JsonConfigurationException? error)
    {
        try
        {
            var reader = JsonObjectReader.Parse(json);
            throttle = new ThrottleSettings(reader.RequiredInt32("maxFollowUps", 1, 100), reader.RequiredInt32("perDays", 1, 365));
            reader.ThrowIfUnknownProperties();
            error = null;
            return true;
        }
        catch (JsonConfigurationException e)
        {
            throttle = null;
            error = e;
            return false;
        }
    }

    /// <summary>Days of follow-up history the planner needs: the throttle window and every once-per-contact window.</summary>
    public int HistoryDays()
    {
        var days = Settings?.Throttle.PerDays ?? 0;
        foreach (var rule in Settings?.Rules ?? Enumerable.Empty<FollowUpRuleSettings>())
        {
            if (rule.OncePerContactDays is int once && once > days)
                days = once;
        }
        return days;
    }
}

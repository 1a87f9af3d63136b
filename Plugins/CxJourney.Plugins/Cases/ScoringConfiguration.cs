using System.Collections.Generic;
using CxJourney.Plugins.Domain.Calendar;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// Scoring weights (cx_ScoringWeights) and calendar (cx_BusinessCalendar) for one execution. Bad
/// configuration never stops scoring: the shipped value is used and <see cref="Problems"/> says what was
/// wrong and where, for the trace and the score's notes column.
/// </summary>
public sealed class ScoringConfiguration
{
    private ScoringConfiguration(ScoringSettings settings, BusinessCalendar calendar, IReadOnlyList<string> problems)
    {
        Settings = settings;
        Calendar = calendar;
        Problems = problems;
    }

    public ScoringSettings Settings { get; }

    public BusinessCalendar Calendar { get; }

    /// <summary>One line per unusable variable, naming it, the position in its JSON and the fallback used.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static ScoringConfiguration From(EnvironmentSettings environment)
    {
        var problems = new List<string>();
        if (!ScoringSettings.TryParse(environment.Get(EnvironmentVariables.ScoringWeights), out var settings, out var error))
            problems.Add(EnvironmentVariables.ScoringWeights + ": " + error!.Message + "; the shipped scoring weights were used instead.");
        var calendar = CalendarConfiguration.ReadOrDefault(environment, problems);
        return new ScoringConfiguration(settings, calendar, problems);
    }
}

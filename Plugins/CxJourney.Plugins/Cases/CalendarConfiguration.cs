using System.Collections.Generic;
using CxJourney.Plugins.Domain.Calendar;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// The business calendar (cx_BusinessCalendar) as scoring and follow-ups read it. An unusable value is
/// reported, never thrown: scoring carries on with the shipped calendar, follow-ups are skipped (a due
/// time from the wrong calendar would be a wrong promise).
/// </summary>
public static class CalendarConfiguration
{
    /// <summary>The configured calendar; null with <paramref name="problem"/> set when the value is unusable.</summary>
    public static BusinessCalendar? Read(EnvironmentSettings environment, out string? problem)
    {
        problem = null;
        var json = environment.Get(EnvironmentVariables.BusinessCalendar);
        if (json == null)
            return BusinessCalendar.Default();
        if (BusinessCalendar.TryParse(json, out var calendar, out var error))
            return calendar;
        problem = EnvironmentVariables.BusinessCalendar + ": " + error!.Message;
        return null;
    }

    /// <summary>The configured calendar, or the shipped one with the problem added to <paramref name="problems"/>.</summary>
    public static BusinessCalendar ReadOrDefault(EnvironmentSettings environment, ICollection<string> problems)
    {
        var calendar = Read(environment, out var problem);
        if (calendar != null)
            return calendar;
        problems.Add(problem + "; the shipped calendar (Monday to Friday 09:00-17:00, GMT Standard Time) was used instead.");
        return BusinessCalendar.Default();
    }
}

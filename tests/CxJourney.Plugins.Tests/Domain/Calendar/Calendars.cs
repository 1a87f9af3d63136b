using System;
using System.Collections.Generic;
using CxJourney.Plugins.Domain.Calendar;

namespace CxJourney.Plugins.Tests.Domain.Calendar;

/// <summary>Calendars and instants the domain tests share. 2025-03-28 is a Friday; 2025-03-31 a Monday.</summary>
internal static class Calendars
{
    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>Monday to Friday, the given periods (default 09:00-17:00), in <paramref name="zoneId"/> (default UTC).</summary>
    public static BusinessCalendar Weekdays(string zoneId = "UTC", IEnumerable<Holiday>? holidays = null, params WorkingPeriod[] periods)
    {
        if (periods.Length == 0)
            periods = new[] { Period(9, 17) };
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>();
        foreach (var d in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            week[d] = periods;
        return BusinessCalendar.Create(TimeZoneInfo.FindSystemTimeZoneById(zoneId), week, holidays);
    }

    public static WorkingPeriod Period(int fromHour, int toHour, int fromMinute = 0, int toMinute = 0) =>
        new(new TimeSpan(fromHour, fromMinute, 0), new TimeSpan(toHour, toMinute, 0));
}

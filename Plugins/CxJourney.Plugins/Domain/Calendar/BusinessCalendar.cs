using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CxJourney.Plugins.Domain.Calendar;

/// <summary>
/// Working time in one time zone: a working week (per weekday, one or more periods, so split shifts work),
/// holidays (one-off or recurring) and the zone's daylight-saving rules. All instants in and out are UTC
/// (<see cref="DateTimeKind.Utc"/>, or Unspecified read as UTC, as Dataverse hands them over); a
/// <see cref="DateTimeKind.Local"/> value is rejected because it depends on the server's zone.
///
/// Durations are real elapsed time: a 00:00-08:00 shift on a spring-forward night lasts 7 hours.
/// A period boundary that falls in a daylight-saving gap is moved forward by the gap (02:30 becomes 03:30);
/// one that falls in the repeated hour of a fall-back night means its first occurrence.
///
/// Immutable and thread-safe. Build one with <see cref="Create"/> or <see cref="Parse"/>.
/// </summary>
public sealed partial class BusinessCalendar
{
    /// <summary>How far ahead a search for working time goes before it gives up (about ten years).</summary>
    public const int MaxSearchDays = 3660;

    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private readonly WorkingPeriod[][] _week;                // indexed by (int)DayOfWeek, sorted by start
    private readonly HashSet<DateTime> _oneOffHolidays;      // local dates
    private readonly HashSet<int> _recurringHolidays;        // month * 100 + day
    private readonly IReadOnlyList<Holiday> _holidays;

    private BusinessCalendar(TimeZoneInfo timeZone, WorkingPeriod[][] week, IReadOnlyList<Holiday> holidays)
    {
        TimeZone = timeZone;
        _week = week;
        _holidays = holidays;
        _oneOffHolidays = new HashSet<DateTime>(holidays.Where(h => !h.Recurring).Select(h => h.Date));
        _recurringHolidays = new HashSet<int>(holidays.Where(h => h.Recurring).Select(h => MonthDay(h.Date)));
    }

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyList<Holiday> Holidays => _holidays;

    /// <summary>The working periods of a weekday (empty on a day off), in order.</summary>
    public IReadOnlyList<WorkingPeriod> PeriodsOn(DayOfWeek day) => _week[(int)day];

    /// <summary>
    /// Builds a calendar, rejecting an impossible one with <see cref="ArgumentException"/>: a period that
    /// ends before it starts or overlaps another, no working period at all, or recurring holidays on every day.
    /// </summary>
    public static BusinessCalendar Create(TimeZoneInfo timeZone, IDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> week, IEnumerable<Holiday>? holidays = null)
    {
        if (timeZone == null) throw new ArgumentNullException(nameof(timeZone));
        if (week == null) throw new ArgumentNullException(nameof(week));
        var days = new WorkingPeriod[7][];
        for (var d = 0; d < 7; d++)
        {
            var periods = week.TryGetValue((DayOfWeek)d, out var list) && list != null ? list.ToArray() : new WorkingPeriod[0];
            var problem = CheckDay(periods);
            if (problem != null)
                throw new ArgumentException(((DayOfWeek)d).ToString() + ": " + problem, nameof(week));
            days[d] = periods.OrderBy(p => p.Start).ToArray();
        }
        var all = (holidays ?? Enumerable.Empty<Holiday>()).ToList();
        var whole = CheckWhole(days, all);
        if (whole != null)
            throw new ArgumentException(whole);
        return new BusinessCalendar(timeZone, days, all);
    }

    /// <summary>Null when the periods of one day are usable, else what is wrong with them.</summary>
    internal static string? CheckDay(IReadOnlyList<WorkingPeriod> periods)
    {
        foreach (var p in periods)
        {
            if (p == null)
                return "a period is missing";
            if (p.Start < TimeSpan.Zero || p.Start >= Day)
                return $"the period {p} starts outside 00:00-23:59";
            if (p.End > Day)
                return $"the period {p} ends after 24:00";
            if (p.End <= p.Start)
                return $"the period {p} ends at {WorkingPeriod.Format(p.End)}, not after it starts at {WorkingPeriod.Format(p.Start)}";
        }
        var sorted = periods.OrderBy(p => p.Start).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Start < sorted[i - 1].End)
                return $"the periods {sorted[i - 1]} and {sorted[i]} overlap";
        }
        return null;
    }

    /// <summary>Null when the week and holidays leave some working time, else why they do not.</summary>
    internal static string? CheckWhole(WorkingPeriod[][] week, IReadOnlyList<Holiday> holidays)
    {
        if (week.All(d => d.Length == 0))
            return "the calendar has no working days: every day of the week has no working periods";
        var recurring = new HashSet<int>(holidays.Where(h => h.Recurring).Select(h => MonthDay(h.Date)));
        // Over the years every month-day falls on every weekday, so recurring holidays on all 365 of them
        // (29 February aside) leave no working day ever.
        var probe = new DateTime(2001, 1, 1);
        var everyDay = true;
        for (var i = 0; i < 365 && everyDay; i++)
            everyDay = recurring.Contains(MonthDay(probe.AddDays(i)));
        return everyDay ? "every day of the year is a recurring holiday, so there is never any working time" : null;
    }

    /// <summary>True when <paramref name="localDate"/> (a date in this calendar's zone) is a holiday.</summary>
    public bool IsHoliday(DateTime localDate)
    {
        var d = localDate.Date;
        return _oneOffHolidays.Contains(d) || _recurringHolidays.Contains(MonthDay(d));
    }

    /// <summary>True when the local date has working periods and is no holiday.</summary>
    public bool IsBusinessDay(DateTime localDate) => _week[(int)localDate.DayOfWeek].Length > 0 && !IsHoliday(localDate);

    /// <summary>The instant as wall-clock time in this calendar's zone.</summary>
    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(AsUtc(utc, nameof(utc)), TimeZone);

    public bool IsWithinBusinessHours(DateTime utc)
    {
        var at = AsUtc(utc, nameof(utc));
        var date = ToLocal(at).Date;
        for (var d = date.AddDays(-1); d <= date.AddDays(1); d = d.AddDays(1))
        {
            foreach (var i in IntervalsOn(d))
            {
                if (i.Start <= at && at < i.End)
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The instant <paramref name="hours"/> of working time after <paramref name="utcStart"/>. Starting outside
    /// working hours counts from the next opening; a result that lands exactly on a closing time stays there
    /// (due at 17:00 rather than at 09:00 the next day). Zero hours gives the next working instant.
    /// </summary>
    /// <exception cref="BusinessCalendarException">No working time within <see cref="MaxSearchDays"/> days.</exception>
    public DateTime AddBusinessHours(DateTime utcStart, double hours)
    {
        if (double.IsNaN(hours) || double.IsInfinity(hours) || hours < 0)
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Business hours to add must be a finite number, zero or more.");
        return AddBusinessTime(utcStart, TimeSpan.FromTicks((long)Math.Round(hours * TimeSpan.TicksPerHour)));
    }

    /// <inheritdoc cref="AddBusinessHours"/>
    public DateTime AddBusinessTime(DateTime utcStart, TimeSpan duration)
    {
        var cursor = AsUtc(utcStart, nameof(utcStart));
        if (duration < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Business time to add cannot be negative.");
        var remaining = duration;
        var date = ToLocal(cursor).Date.AddDays(-1);
        for (var n = 0; n <= MaxSearchDays; n++, date = date.AddDays(1))
        {
            foreach (var i in IntervalsOn(date))
            {
                if (i.End <= cursor)
                    continue;
                var from = i.Start > cursor ? i.Start : cursor;
                var available = i.End - from;
                if (remaining <= available)
                    return from + remaining;
                remaining -= available;
                cursor = i.End;
            }
        }
        throw NoWorkingTime(utcStart);
    }

    /// <summary>
    /// Working time between two instants. Reversed arguments give the negated duration, so
    /// <c>BusinessDuration(a, b) == -BusinessDuration(b, a)</c>.
    /// </summary>
    public TimeSpan BusinessDuration(DateTime utcFrom, DateTime utcTo)
    {
        var from = AsUtc(utcFrom, nameof(utcFrom));
        var to = AsUtc(utcTo, nameof(utcTo));
        if (to < from)
            return -BusinessDuration(to, from);
        var total = TimeSpan.Zero;
        var last = ToLocal(to).Date.AddDays(1);
        for (var date = ToLocal(from).Date.AddDays(-1); date <= last; date = date.AddDays(1))
        {
            foreach (var i in IntervalsOn(date))
            {
                var s = i.Start > from ? i.Start : from;
                var e = i.End < to ? i.End : to;
                if (e > s)
                    total += e - s;
            }
        }
        return total;
    }

    /// <summary>Business hours between two instants (see <see cref="BusinessDuration"/>).</summary>
    public double BusinessHoursBetween(DateTime utcFrom, DateTime utcTo) => BusinessDuration(utcFrom, utcTo).TotalHours;

    /// <summary>
    /// When the first business day after the local date of <paramref name="utc"/> opens, even if that date is
    /// itself a business day that has not opened yet ("next business day" means a later day).
    /// </summary>
    public DateTime NextBusinessDayStart(DateTime utc) => NextBusinessDay(utc).First().Start;

    /// <summary>When the first business day after the local date of <paramref name="utc"/> closes.</summary>
    public DateTime NextBusinessDayEnd(DateTime utc) => NextBusinessDay(utc).Last().End;

    private List<Interval> NextBusinessDay(DateTime utc)
    {
        var date = ToLocal(AsUtc(utc, nameof(utc))).Date.AddDays(1);
        for (var n = 0; n <= MaxSearchDays; n++, date = date.AddDays(1))
        {
            var intervals = IntervalsOn(date);
            if (intervals.Count > 0)
                return intervals;
        }
        throw NoWorkingTime(utc);
    }

    /// <summary>The working intervals (UTC) of one local date, in order; none on a holiday or day off.</summary>
    private List<Interval> IntervalsOn(DateTime localDate)
    {
        var result = new List<Interval>(2);
        if (IsHoliday(localDate))
            return result;
        foreach (var p in _week[(int)localDate.DayOfWeek])
        {
            var start = LocalToUtc(localDate + p.Start);
            var end = LocalToUtc(localDate + p.End);
            if (end > start)
                result.Add(new Interval(start, end));
        }
        return result;
    }

    private DateTime LocalToUtc(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (TimeZone.IsInvalidTime(wall))
        {
            // In a spring-forward gap: use the offset in force before the jump, which lands past it.
            var before = TimeZone.GetUtcOffset(wall.AddDays(-1));
            var after = TimeZone.GetUtcOffset(wall.AddDays(1));
            offset = before < after ? before : after;
        }
        else if (TimeZone.IsAmbiguousTime(wall))
        {
            offset = TimeZone.GetAmbiguousTimeOffsets(wall).Max();
        }
        else
        {
            offset = TimeZone.GetUtcOffset(wall);
        }
        return DateTime.SpecifyKind(wall - offset, DateTimeKind.Utc);
    }

    private BusinessCalendarException NoWorkingTime(DateTime utc) =>
        new($"The business calendar has no working time within {MaxSearchDays} days after {utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; check its working week and holidays.");

    internal static DateTime AsUtc(DateTime value, string parameter)
    {
        switch (value.Kind)
        {
            case DateTimeKind.Utc: return value;
            case DateTimeKind.Unspecified: return DateTime.SpecifyKind(value, DateTimeKind.Utc);
            default: throw new ArgumentException("Expected a UTC time, not a server-local one.", parameter);
        }
    }

    private static int MonthDay(DateTime date) => date.Month * 100 + date.Day;

    private readonly struct Interval
    {
        public Interval(DateTime start, DateTime end)
        {
            Start = start;
            End = end;
        }

        public DateTime Start { get; }
        public DateTime End { get; }
    }
}

using System;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>
/// The time window each relative date operator selects, as a half-open UTC range [From, To).
/// The local organization has one time zone (UTC), so "today" starts at UTC midnight and weeks start on Sunday
/// (the en-US default).
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators#datetime-data
/// </summary>
internal readonly struct DateRange
{
    public DateRange(DateTime? from, DateTime? to)
    {
        From = from;
        To = to;
    }

    public DateTime? From { get; }

    public DateTime? To { get; }

    public bool Contains(DateTime value) => (From is null || value >= From.Value) && (To is null || value < To.Value);
}

internal static class DateRanges
{
    /// <summary>True for the operators whose window depends on "now" or on a day value.</summary>
    public static bool IsDateOperator(ConditionOperator op) => op switch
    {
        ConditionOperator.Yesterday or ConditionOperator.Today or ConditionOperator.Tomorrow
            or ConditionOperator.Last7Days or ConditionOperator.Next7Days
            or ConditionOperator.LastWeek or ConditionOperator.ThisWeek or ConditionOperator.NextWeek
            or ConditionOperator.LastMonth or ConditionOperator.ThisMonth or ConditionOperator.NextMonth
            or ConditionOperator.LastYear or ConditionOperator.ThisYear or ConditionOperator.NextYear
            or ConditionOperator.On or ConditionOperator.OnOrBefore or ConditionOperator.OnOrAfter or ConditionOperator.NotOn
            or ConditionOperator.LastXHours or ConditionOperator.NextXHours
            or ConditionOperator.LastXDays or ConditionOperator.NextXDays
            or ConditionOperator.LastXWeeks or ConditionOperator.NextXWeeks
            or ConditionOperator.LastXMonths or ConditionOperator.NextXMonths
            or ConditionOperator.LastXYears or ConditionOperator.NextXYears
            or ConditionOperator.OlderThanXMinutes or ConditionOperator.OlderThanXHours or ConditionOperator.OlderThanXDays
            or ConditionOperator.OlderThanXWeeks or ConditionOperator.OlderThanXMonths or ConditionOperator.OlderThanXYears => true,
        _ => false,
    };

    /// <summary>Operators that take no value.</summary>
    public static bool TakesNoValue(ConditionOperator op) => op switch
    {
        ConditionOperator.Yesterday or ConditionOperator.Today or ConditionOperator.Tomorrow
            or ConditionOperator.Last7Days or ConditionOperator.Next7Days
            or ConditionOperator.LastWeek or ConditionOperator.ThisWeek or ConditionOperator.NextWeek
            or ConditionOperator.LastMonth or ConditionOperator.ThisMonth or ConditionOperator.NextMonth
            or ConditionOperator.LastYear or ConditionOperator.ThisYear or ConditionOperator.NextYear => true,
        _ => false,
    };

    /// <summary>Operators whose value is a whole number of units (X).</summary>
    public static bool TakesCount(ConditionOperator op) => IsDateOperator(op) && !TakesNoValue(op) && !TakesDay(op);

    /// <summary>Operators whose value is a date.</summary>
    public static bool TakesDay(ConditionOperator op)
        => op is ConditionOperator.On or ConditionOperator.OnOrBefore or ConditionOperator.OnOrAfter or ConditionOperator.NotOn;

    /// <param name="op">A date operator.</param>
    /// <param name="now">The organization clock's current UTC time.</param>
    /// <param name="count">X for the last/next/older-than operators.</param>
    /// <param name="day">The date for on / on-or-before / on-or-after / not-on.</param>
    public static DateRange For(ConditionOperator op, DateTime now, int count, DateTime day)
    {
        try
        {
            return Compute(op, now, count, day);
        }
        catch (ArgumentOutOfRangeException) when (IsDateOperator(op))
        {
            // A window reaching before year 1 or after 9999 (LastXDays with X = 999999999): the database's
            // date range cannot hold it either, so the condition is refused as an invalid argument.
            throw Faults.Fault.Create(
                Faults.ErrorCodes.InvalidDateTime,
                $"The date-time value of condition operator '{op}' with {count} units is outside the supported range.");
        }
    }

    private static DateRange Compute(ConditionOperator op, DateTime now, int count, DateTime day)
    {
        DateTime today = now.Date;
        DateTime dayStart = day.Date;
        DateTime weekStart = today.AddDays(-(int)today.DayOfWeek);
        DateTime monthStart = new(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        DateTime yearStart = new(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        DateTime justAfterNow = now.AddTicks(1);
        return op switch
        {
            ConditionOperator.Today => new DateRange(today, today.AddDays(1)),
            ConditionOperator.Yesterday => new DateRange(today.AddDays(-1), today),
            ConditionOperator.Tomorrow => new DateRange(today.AddDays(1), today.AddDays(2)),
            ConditionOperator.Last7Days => new DateRange(today.AddDays(-7), justAfterNow),
            ConditionOperator.Next7Days => new DateRange(now, today.AddDays(8)),
            ConditionOperator.LastWeek => new DateRange(weekStart.AddDays(-7), weekStart),
            ConditionOperator.ThisWeek => new DateRange(weekStart, weekStart.AddDays(7)),
            ConditionOperator.NextWeek => new DateRange(weekStart.AddDays(7), weekStart.AddDays(14)),
            ConditionOperator.LastMonth => new DateRange(monthStart.AddMonths(-1), monthStart),
            ConditionOperator.ThisMonth => new DateRange(monthStart, monthStart.AddMonths(1)),
            ConditionOperator.NextMonth => new DateRange(monthStart.AddMonths(1), monthStart.AddMonths(2)),
            ConditionOperator.LastYear => new DateRange(yearStart.AddYears(-1), yearStart),
            ConditionOperator.ThisYear => new DateRange(yearStart, yearStart.AddYears(1)),
            ConditionOperator.NextYear => new DateRange(yearStart.AddYears(1), yearStart.AddYears(2)),
            ConditionOperator.On => new DateRange(dayStart, dayStart.AddDays(1)),
            ConditionOperator.OnOrAfter => new DateRange(dayStart, null),
            ConditionOperator.OnOrBefore => new DateRange(null, dayStart.AddDays(1)),
            ConditionOperator.LastXHours => new DateRange(now.AddHours(-count), justAfterNow),
            ConditionOperator.NextXHours => new DateRange(now, now.AddHours(count)),
            ConditionOperator.LastXDays => new DateRange(today.AddDays(-count), justAfterNow),
            ConditionOperator.NextXDays => new DateRange(now, today.AddDays(count + 1)),
            ConditionOperator.LastXWeeks => new DateRange(today.AddDays(-7 * count), justAfterNow),
            ConditionOperator.NextXWeeks => new DateRange(now, today.AddDays(7 * count + 1)),
            ConditionOperator.LastXMonths => new DateRange(today.AddMonths(-count), justAfterNow),
            ConditionOperator.NextXMonths => new DateRange(now, today.AddMonths(count).AddDays(1)),
            ConditionOperator.LastXYears => new DateRange(today.AddYears(-count), justAfterNow),
            ConditionOperator.NextXYears => new DateRange(now, today.AddYears(count).AddDays(1)),
            ConditionOperator.OlderThanXMinutes => new DateRange(null, now.AddMinutes(-count)),
            ConditionOperator.OlderThanXHours => new DateRange(null, now.AddHours(-count)),
            ConditionOperator.OlderThanXDays => new DateRange(null, today.AddDays(-count)),
            ConditionOperator.OlderThanXWeeks => new DateRange(null, today.AddDays(-7 * count)),
            ConditionOperator.OlderThanXMonths => new DateRange(null, today.AddMonths(-count)),
            ConditionOperator.OlderThanXYears => new DateRange(null, today.AddYears(-count)),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a date operator."),
        };
    }

    /// <summary>SQL Server's DATEPART(week): week 1 holds January 1st and weeks start on Sunday.</summary>
    public static int WeekOfYear(DateTime value)
    {
        var januaryFirst = new DateTime(value.Year, 1, 1);
        int offset = (int)januaryFirst.DayOfWeek;
        return ((value.DayOfYear - 1 + offset) / 7) + 1;
    }
}

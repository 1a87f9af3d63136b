using System;
using CxJourney.Plugins.Domain.Calendar;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>How a rule's due time is set, always in business time.</summary>
public enum DueKind
{
    /// <summary>Now plus a number of business hours.</summary>
    BusinessHours,

    /// <summary>When the next business day opens.</summary>
    NextBusinessDayStart,

    /// <summary>When the next business day closes.</summary>
    NextBusinessDayEnd,
}

/// <summary>A due-time rule: <c>{ "businessHours": 4 }</c> or <c>{ "nextBusinessDay": "start" | "end" }</c>.</summary>
public sealed record DueRule(DueKind Kind, double Hours)
{
    public static DueRule InBusinessHours(double hours) => new(DueKind.BusinessHours, hours);

    public static DueRule NextBusinessDay(bool atEnd) => new(atEnd ? DueKind.NextBusinessDayEnd : DueKind.NextBusinessDayStart, 0);

    /// <exception cref="BusinessCalendarException">The calendar has no working time ahead.</exception>
    public DateTime DueFrom(DateTime nowUtc, BusinessCalendar calendar)
    {
        if (calendar == null) throw new ArgumentNullException(nameof(calendar));
        switch (Kind)
        {
            case DueKind.BusinessHours: return calendar.AddBusinessHours(nowUtc, Hours);
            case DueKind.NextBusinessDayStart: return calendar.NextBusinessDayStart(nowUtc);
            default: return calendar.NextBusinessDayEnd(nowUtc);
        }
    }

    public override string ToString() => Kind switch
    {
        DueKind.BusinessHours => Hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " business hours",
        DueKind.NextBusinessDayStart => "start of the next business day",
        _ => "end of the next business day",
    };
}

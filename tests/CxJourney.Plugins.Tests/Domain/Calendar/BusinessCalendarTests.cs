using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Calendar;
using static CxJourney.Plugins.Tests.Domain.Calendar.Calendars;

namespace CxJourney.Plugins.Tests.Domain.Calendar;

public class BusinessCalendarTests
{
    [Fact]
    public void Adding_hours_inside_a_working_day_stays_on_that_day()
    {
        var cal = Weekdays();
        Assert.Equal(Utc(2025, 3, 31, 13), cal.AddBusinessHours(Utc(2025, 3, 31, 10), 3));
    }

    [Fact]
    public void Adding_hours_late_on_friday_continues_on_monday()
    {
        var cal = Weekdays();
        Assert.Equal(Utc(2025, 3, 31, 10), cal.AddBusinessHours(Utc(2025, 3, 28, 16), 2));
    }

    [Fact]
    public void Starting_before_opening_counts_from_opening()
    {
        var cal = Weekdays();
        Assert.Equal(Utc(2025, 3, 31, 10), cal.AddBusinessHours(Utc(2025, 3, 31, 7), 1));
        Assert.Equal(Utc(2025, 3, 31, 10), cal.AddBusinessHours(Utc(2025, 3, 29, 12), 1)); // Saturday
    }

    [Fact]
    public void A_due_time_that_lands_on_closing_time_stays_there()
    {
        var cal = Weekdays();
        Assert.Equal(Utc(2025, 3, 31, 17), cal.AddBusinessHours(Utc(2025, 3, 31, 13), 4));
    }

    [Fact]
    public void Split_shifts_skip_the_lunch_break()
    {
        var cal = Weekdays("UTC", null, Period(9, 12), Period(13, 17));
        Assert.Equal(Utc(2025, 3, 31, 14), cal.AddBusinessHours(Utc(2025, 3, 31, 11), 2));
        Assert.Equal(6, cal.BusinessHoursBetween(Utc(2025, 3, 31, 10), Utc(2025, 3, 31, 17)));
    }

    [Fact]
    public void Recurring_holidays_are_skipped_every_year()
    {
        var holidays = new[] { new Holiday(new DateTime(2000, 12, 25), recurring: true), new Holiday(new DateTime(2000, 12, 26), recurring: true) };
        var cal = Weekdays("UTC", holidays);
        // Wed 24 Dec 2025 16:00 + 2h: Thu 25 and Fri 26 are off, so Monday 29th 10:00.
        Assert.Equal(Utc(2025, 12, 29, 10), cal.AddBusinessHours(Utc(2025, 12, 24, 16), 2));
        Assert.True(cal.IsHoliday(new DateTime(2031, 12, 25)));
    }

    [Fact]
    public void A_one_off_holiday_does_not_repeat_the_next_year()
    {
        var cal = Weekdays("UTC", new[] { new Holiday(new DateTime(2025, 4, 18), name: "Good Friday") });
        Assert.True(cal.IsHoliday(new DateTime(2025, 4, 18)));
        Assert.False(cal.IsHoliday(new DateTime(2026, 4, 18)));
        Assert.Equal(Utc(2025, 4, 21, 10), cal.AddBusinessHours(Utc(2025, 4, 17, 16), 2));
    }

    [Fact]
    public void Business_duration_ignores_nights_and_weekends_and_is_antisymmetric()
    {
        var cal = Weekdays();
        var from = Utc(2025, 3, 28, 15);
        var to = Utc(2025, 3, 31, 11);
        Assert.Equal(TimeSpan.FromHours(4), cal.BusinessDuration(from, to));
        Assert.Equal(TimeSpan.FromHours(-4), cal.BusinessDuration(to, from));
        Assert.Equal(TimeSpan.Zero, cal.BusinessDuration(Utc(2025, 3, 29, 8), Utc(2025, 3, 30, 20)));
    }

    [Fact]
    public void Adding_then_measuring_gives_back_the_hours()
    {
        var cal = Weekdays("W. Europe Standard Time", null, Period(8, 12), Period(13, 18, 0, 30));
        var start = Utc(2025, 3, 27, 14, 20);
        foreach (var hours in new[] { 0.5, 3, 9.5, 40, 123.25 })
            Assert.Equal(hours, cal.BusinessHoursBetween(start, cal.AddBusinessHours(start, hours)), 6);
    }

    [Fact]
    public void Working_hours_are_local_to_the_calendar_time_zone()
    {
        // New York, Monday 6 January 2025 (EST, UTC-5): 13:00 UTC is 08:00 local, before opening.
        var cal = Weekdays("Eastern Standard Time");
        Assert.False(cal.IsWithinBusinessHours(Utc(2025, 1, 6, 13)));
        Assert.True(cal.IsWithinBusinessHours(Utc(2025, 1, 6, 14)));
        Assert.Equal(Utc(2025, 1, 6, 15), cal.AddBusinessHours(Utc(2025, 1, 6, 13), 1));
    }

    [Fact]
    public void Spring_forward_weekend_moves_the_utc_opening_by_an_hour()
    {
        // W. Europe: Friday 28 March 2025 is CET (UTC+1); Monday 31 March is CEST (UTC+2).
        var cal = Weekdays("W. Europe Standard Time");
        var fridayFourPmLocal = Utc(2025, 3, 28, 15);
        // 1h left on Friday, 1h on Monday from 09:00 CEST = 07:00 UTC, so 08:00 UTC (a fixed offset would say 09:00).
        Assert.Equal(Utc(2025, 3, 31, 8), cal.AddBusinessHours(fridayFourPmLocal, 2));
    }

    [Fact]
    public void A_night_shift_on_the_spring_forward_night_lasts_seven_hours()
    {
        var cal = NightShiftOnSundays("W. Europe Standard Time");
        // Sunday 30 March 2025 00:00 CET = Saturday 23:00 UTC; 08:00 CEST = 06:00 UTC.
        var sundayStart = Utc(2025, 3, 29, 23);
        Assert.Equal(TimeSpan.FromHours(7), cal.BusinessDuration(sundayStart, Utc(2025, 3, 30, 12)));
        Assert.Equal(Utc(2025, 3, 30, 6), cal.AddBusinessHours(sundayStart, 7));
        Assert.Equal(TimeSpan.FromHours(8), cal.BusinessDuration(Utc(2025, 3, 22, 23), Utc(2025, 3, 23, 12)));
    }

    [Fact]
    public void A_night_shift_on_the_fall_back_night_lasts_nine_hours()
    {
        var cal = NightShiftOnSundays("W. Europe Standard Time");
        // Sunday 26 October 2025 00:00 CEST = Saturday 22:00 UTC; 08:00 CET = 07:00 UTC.
        Assert.Equal(TimeSpan.FromHours(9), cal.BusinessDuration(Utc(2025, 10, 25, 22), Utc(2025, 10, 26, 12)));
    }

    [Fact]
    public void A_period_starting_in_the_skipped_or_repeated_hour_is_placed_as_documented()
    {
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [DayOfWeek.Sunday] = new[] { Period(2, 6, 30) } };
        var cal = BusinessCalendar.Create(TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time"), week);
        // 30 March 2025: 02:30 does not exist and becomes 03:30 CEST (01:30 UTC); 06:00 CEST is 04:00 UTC.
        Assert.Equal(TimeSpan.FromHours(2.5), cal.BusinessDuration(Utc(2025, 3, 29, 12), Utc(2025, 3, 30, 12)));
        Assert.Equal(Utc(2025, 3, 30, 1, 30), cal.AddBusinessHours(Utc(2025, 3, 29, 12), 0));
        // 26 October 2025: 02:30 happens twice; the first (CEST, 00:30 UTC) counts; 06:00 CET is 05:00 UTC.
        Assert.Equal(TimeSpan.FromHours(4.5), cal.BusinessDuration(Utc(2025, 10, 25, 12), Utc(2025, 10, 26, 12)));
    }

    [Fact]
    public void Within_business_hours_includes_opening_and_excludes_closing()
    {
        var cal = Weekdays("UTC", new[] { new Holiday(new DateTime(2025, 4, 1)) });
        Assert.True(cal.IsWithinBusinessHours(Utc(2025, 3, 31, 9)));
        Assert.True(cal.IsWithinBusinessHours(Utc(2025, 3, 31, 16, 59)));
        Assert.False(cal.IsWithinBusinessHours(Utc(2025, 3, 31, 17)));
        Assert.False(cal.IsWithinBusinessHours(Utc(2025, 3, 29, 12)));
        Assert.False(cal.IsWithinBusinessHours(Utc(2025, 4, 1, 12)));
    }

    [Fact]
    public void Next_business_day_is_a_later_day_and_skips_weekends_and_holidays()
    {
        var cal = Weekdays("UTC", new[] { new Holiday(new DateTime(2025, 3, 31)) });
        Assert.Equal(Utc(2025, 4, 1, 9), cal.NextBusinessDayStart(Utc(2025, 3, 28, 10)));
        Assert.Equal(Utc(2025, 4, 1, 17), cal.NextBusinessDayEnd(Utc(2025, 3, 28, 10)));
        // Before opening on a business day, "next business day" is still tomorrow.
        Assert.Equal(Utc(2025, 4, 2, 9), cal.NextBusinessDayStart(Utc(2025, 4, 1, 6)));
    }

    [Fact]
    public void Next_business_day_start_is_in_local_time()
    {
        var cal = Weekdays("W. Europe Standard Time");
        // Friday 28 March (CET) -> Monday 31 March 09:00 CEST = 07:00 UTC.
        Assert.Equal(Utc(2025, 3, 31, 7), cal.NextBusinessDayStart(Utc(2025, 3, 28, 12)));
    }

    [Fact]
    public void Windows_and_iana_zone_ids_both_resolve_on_this_runtime()
    {
        // On Linux .NET maps Windows ids through ICU; Dataverse admins know the Windows ones.
        Assert.NotNull(TimeZoneResolver.TryFind("W. Europe Standard Time"));
        Assert.NotNull(TimeZoneResolver.TryFind("GMT Standard Time"));
        Assert.NotNull(TimeZoneResolver.TryFind("Europe/Berlin"));
        Assert.Null(TimeZoneResolver.TryFind("Mars/Olympus Mons"));
        Assert.Null(TimeZoneResolver.TryFind(" UTC"));
    }

    [Fact]
    public void Server_local_times_are_rejected()
    {
        var cal = Weekdays();
        Assert.Throws<ArgumentException>(() => cal.AddBusinessHours(new DateTime(2025, 3, 31, 10, 0, 0, DateTimeKind.Local), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.AddBusinessHours(Utc(2025, 3, 31, 10), -1));
    }

    [Fact]
    public void A_calendar_whose_holidays_cover_the_coming_decade_reports_it_instead_of_looping()
    {
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [DayOfWeek.Monday] = new[] { Period(9, 17) } };
        var mondays = Enumerable.Range(0, 600).Select(i => new Holiday(new DateTime(2025, 3, 31).AddDays(7 * i)));
        var cal = BusinessCalendar.Create(TimeZoneInfo.Utc, week, mondays);
        var e = Assert.Throws<BusinessCalendarException>(() => cal.AddBusinessHours(Utc(2025, 3, 30), 1));
        Assert.Contains("no working time", e.Message);
    }

    [Theory]
    [InlineData(17, 9, "not after it starts")]
    [InlineData(9, 9, "not after it starts")]
    public void Create_rejects_a_period_that_ends_before_it_starts(int from, int to, string expected)
    {
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [DayOfWeek.Monday] = new[] { Period(from, to) } };
        var e = Assert.Throws<ArgumentException>(() => BusinessCalendar.Create(TimeZoneInfo.Utc, week));
        Assert.Contains(expected, e.Message);
        Assert.Contains("Monday", e.Message);
    }

    [Fact]
    public void Create_rejects_a_week_without_working_days()
    {
        var e = Assert.Throws<ArgumentException>(() => BusinessCalendar.Create(TimeZoneInfo.Utc, new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>()));
        Assert.Contains("no working days", e.Message);
    }

    private static BusinessCalendar NightShiftOnSundays(string zone)
    {
        var week = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> { [DayOfWeek.Sunday] = new[] { Period(0, 8) } };
        return BusinessCalendar.Create(TimeZoneInfo.FindSystemTimeZoneById(zone), week);
    }
}

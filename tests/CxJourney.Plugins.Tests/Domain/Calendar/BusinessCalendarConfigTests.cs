using System;
using CxJourney.Plugins.Domain.Calendar;
using CxJourney.Plugins.Domain.Json;
using static CxJourney.Plugins.Tests.Domain.Calendar.Calendars;

namespace CxJourney.Plugins.Tests.Domain.Calendar;

public class BusinessCalendarConfigTests
{
    [Fact]
    public void The_shipped_calendar_is_uk_office_hours_on_weekdays()
    {
        var cal = BusinessCalendar.Default();
        Assert.Equal("GMT Standard Time", cal.TimeZone.Id);
        Assert.Equal("09:00-17:00", Assert.Single(cal.PeriodsOn(DayOfWeek.Wednesday)).ToString());
        Assert.Empty(cal.PeriodsOn(DayOfWeek.Saturday));
        Assert.True(cal.IsHoliday(new DateTime(2027, 12, 25)));
        // July is British Summer Time (UTC+1): 09:00 local opens at 08:00 UTC.
        Assert.True(cal.IsWithinBusinessHours(Utc(2025, 7, 1, 8)));
        Assert.False(cal.IsWithinBusinessHours(Utc(2025, 7, 1, 7, 59)));
    }

    [Fact]
    public void Split_shifts_iana_zones_and_holidays_parse()
    {
        var cal = BusinessCalendar.Parse("""
            {
              "timeZone": "Europe/Berlin",
              "week": { "saturday": ["08:00-12:00", "13:00-24:00"] },
              "holidays": [ { "date": "2025-04-05" } ]
            }
            """);
        Assert.Equal(2, cal.PeriodsOn(DayOfWeek.Saturday).Count);
        Assert.Equal(TimeSpan.FromHours(24), cal.PeriodsOn(DayOfWeek.Saturday)[1].End);
        Assert.True(cal.IsHoliday(new DateTime(2025, 4, 5)));
        Assert.False(cal.IsHoliday(new DateTime(2026, 4, 5)));
    }

    [Fact]
    public void Invalid_json_reports_line_and_column()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("{\n  \"timeZone\": \"UTC\"\n  \"week\": {}\n}"));
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Contains("line 3, column 3", e.Message);
    }

    [Fact]
    public void An_unknown_time_zone_is_reported_at_its_value()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("{\n  \"timeZone\": \"Middle Earth Time\",\n  \"week\": { \"monday\": [\"09:00-17:00\"] }\n}"));
        Assert.Equal("$.timeZone", e.Path);
        Assert.Equal(2, e.Line);
        Assert.Equal(15, e.Column);
        Assert.Contains("unknown time zone \"Middle Earth Time\"", e.Message);
    }

    [Fact]
    public void A_period_ending_before_it_starts_names_the_day()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("""{ "timeZone": "UTC", "week": { "tuesday": ["17:00-09:00"] } }"""));
        Assert.Equal("$.week.tuesday", e.Path);
        Assert.Contains("ends at 09:00, not after it starts at 17:00", e.Message);
    }

    [Fact]
    public void Overlapping_periods_are_rejected()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("""{ "timeZone": "UTC", "week": { "monday": ["09:00-13:00", "12:00-17:00"] } }"""));
        Assert.Contains("overlap", e.Message);
    }

    [Fact]
    public void A_week_without_working_periods_is_impossible()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("""{ "timeZone": "UTC", "week": { "monday": [], "sunday": [] } }"""));
        Assert.Equal("$.week", e.Path);
        Assert.Contains("no working days", e.Message);
    }

    [Fact]
    public void Recurring_holidays_on_every_day_make_an_impossible_calendar()
    {
        var days = new System.Collections.Generic.List<string>();
        for (var d = new DateTime(2001, 1, 1); d.Year == 2001; d = d.AddDays(1))
            days.Add($"{{ \"date\": \"{d:yyyy-MM-dd}\", \"recurring\": true }}");
        var json = "{ \"timeZone\": \"UTC\", \"week\": { \"monday\": [\"09:00-17:00\"] }, \"holidays\": [" + string.Join(",", days) + "] }";
        var e = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse(json));
        Assert.Equal("$.holidays", e.Path);
        Assert.Contains("every day of the year is a recurring holiday", e.Message);
    }

    [Theory]
    [InlineData("\"9-17\"")]
    [InlineData("\"09:00-24:30\"")]
    [InlineData("\"25:00-26:00\"")]
    [InlineData("\"09:60-17:00\"")]
    public void Malformed_periods_are_rejected_where_they_are(string period)
    {
        var e = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("{ \"timeZone\": \"UTC\", \"week\": { \"friday\": [" + period + "] } }"));
        Assert.Equal("$.week.friday[0]", e.Path);
        Assert.Contains("expected a period like \"09:00-17:00\"", e.Message);
    }

    [Fact]
    public void Unknown_days_and_properties_are_errors_not_ignored()
    {
        var day = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("""{ "timeZone": "UTC", "week": { "Monday": ["09:00-17:00"] } }"""));
        Assert.Contains("unknown day 'Monday'; did you mean 'monday'?", day.Message);
        var prop = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("""{ "timeZone": "UTC", "week": { "monday": ["09:00-17:00"] }, "holiday": [] }"""));
        Assert.Contains("unknown property 'holiday'", prop.Message);
    }

    [Fact]
    public void A_bad_holiday_date_is_reported()
    {
        var e = Assert.Throws<JsonConfigurationException>(() => BusinessCalendar.Parse("""{ "timeZone": "UTC", "week": { "monday": ["09:00-17:00"] }, "holidays": [ { "date": "25/12/2025" } ] }"""));
        Assert.Equal("$.holidays[0].date", e.Path);
    }

    [Fact]
    public void TryParse_reports_instead_of_throwing()
    {
        Assert.False(BusinessCalendar.TryParse("", out var cal, out var error));
        Assert.Null(cal);
        Assert.Contains("the configuration is empty", error!.Message);
        Assert.True(BusinessCalendar.TryParse(BusinessCalendar.DefaultJson, out cal, out error));
        Assert.Null(error);
    }
}

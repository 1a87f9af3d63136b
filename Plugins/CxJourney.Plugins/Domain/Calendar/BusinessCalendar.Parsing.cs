using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Domain.Calendar;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// The shipped calendar, and the documentation of the JSON shape:
    /// <list type="bullet">
    /// <item><c>timeZone</c> (required): a Windows time-zone id as Dataverse and Windows use them
    /// ("GMT Standard Time", "W. Europe Standard Time", "Eastern Standard Time"); IANA ids ("Europe/London")
    /// also work where the runtime supports them (not in the .NET Framework sandbox).</item>
    /// <item><c>week</c> (required): an object keyed by lower-case English day name; each value is a list of
    /// "HH:mm-HH:mm" periods (end may be "24:00"; several periods make a split shift). A day that is
    /// missing or has an empty list is a day off.</item>
    /// <item><c>holidays</c> (optional): a list of <c>{ "date": "yyyy-MM-dd", "recurring": false, "name": "..." }</c>;
    /// with <c>"recurring": true</c> the year is ignored and the day is off every year.</item>
    /// </list>
    /// Unknown properties are errors so that a typo cannot silently change the working week.
    /// </summary>
    public const string DefaultJson = """
        {
          "timeZone": "GMT Standard Time",
          "week": {
            "monday": ["09:00-17:00"],
            "tuesday": ["09:00-17:00"],
            "wednesday": ["09:00-17:00"],
            "thursday": ["09:00-17:00"],
            "friday": ["09:00-17:00"],
            "saturday": [],
            "sunday": []
          },
          "holidays": [
            { "date": "2000-01-01", "recurring": true, "name": "New Year's Day" },
            { "date": "2000-12-25", "recurring": true, "name": "Christmas Day" },
            { "date": "2000-12-26", "recurring": true, "name": "Boxing Day" }
          ]
        }
        """;

    private static readonly string[] DayNames = { "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" };

    /// <summary>The calendar <see cref="DefaultJson"/> describes.</summary>
    public static BusinessCalendar Default() => Parse(DefaultJson);

    /// <summary>Reads a calendar from its JSON configuration (shape: <see cref="DefaultJson"/>).</summary>
    /// <exception cref="JsonConfigurationException">
    /// Invalid JSON, a wrong shape, an unknown time zone or an impossible calendar; the message gives line,
    /// column, JSON path and what is wrong.
    /// </exception>
    public static BusinessCalendar Parse(string? json) => Read(JsonObjectReader.Parse(json));

    /// <summary><see cref="Parse"/> that reports instead of throwing, for callers that must carry on.</summary>
    public static bool TryParse(string? json, out BusinessCalendar? calendar, out JsonConfigurationException? error)
    {
        try
        {
            calendar = Parse(json);
            error = null;
            return true;
        }
        catch (JsonConfigurationException e)
        {
            calendar = null;
            error = e;
            return false;
        }
    }

    /// <summary>Reads a calendar from an already parsed object (for a calendar nested in a larger configuration).</summary>
    public static BusinessCalendar Read(JsonObjectReader reader)
    {
        if (reader == null) throw new ArgumentNullException(nameof(reader));
        var zoneValue = reader.Required("timeZone");
        var zoneId = zoneValue.AsString();
        var zone = TimeZoneResolver.TryFind(zoneId)
            ?? throw zoneValue.Error($"unknown time zone {zoneValue.Describe()}; use a Windows time-zone id such as \"GMT Standard Time\" or \"W. Europe Standard Time\"");

        var weekReader = reader.RequiredObject("week");
        var week = new WorkingPeriod[7][];
        for (var d = 0; d < 7; d++)
        {
            var items = weekReader.OptionalArray(DayNames[d]);
            var periods = new WorkingPeriod[items.Count];
            for (var i = 0; i < items.Count; i++)
                periods[i] = ReadPeriod(items[i]);
            var problem = CheckDay(periods);
            if (problem != null)
                throw (weekReader.Optional(DayNames[d]) ?? weekReader.Value).Error(problem);
            week[d] = periods.OrderBy(p => p.Start).ToArray();
        }
        weekReader.ThrowIfUnknownProperties("day");

        var holidays = new List<Holiday>();
        var holidayItems = reader.OptionalArray("holidays");
        foreach (var item in holidayItems)
        {
            var h = new JsonObjectReader(item);
            var dateValue = h.Required("date");
            var date = ReadDate(dateValue);
            var recurring = h.OptionalBoolean("recurring", false);
            var name = h.OptionalString("name");
            h.ThrowIfUnknownProperties();
            holidays.Add(new Holiday(date, recurring, name));
        }
        reader.ThrowIfUnknownProperties();

        if (week.All(d => d.Length == 0))
            throw weekReader.Error("the calendar has no working days: give at least one day a period such as \"09:00-17:00\"");
        var whole = CheckWhole(week, holidays);
        if (whole != null)
            throw (reader.Optional("holidays") ?? reader.Value).Error(whole);
        return new BusinessCalendar(zone, week, holidays);
    }

    private static WorkingPeriod ReadPeriod(JsonValue value)
    {
        var text = value.AsString();
        var dash = text.IndexOf('-');
        if (dash < 0
            || !TryParseTime(text.Substring(0, dash), out var start)
            || !TryParseTime(text.Substring(dash + 1), out var end))
        {
            throw value.Error($"expected a period like \"09:00-17:00\" (24-hour HH:mm-HH:mm, end up to 24:00) but found {value.Describe()}");
        }
        return new WorkingPeriod(start, end);
    }

    private static bool TryParseTime(string text, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        if (text.Length != 5 || text[2] != ':')
            return false;
        if (!int.TryParse(text.Substring(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(text.Substring(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            return false;
        if (m > 59 || h > 24 || (h == 24 && m != 0))
            return false;
        time = new TimeSpan(h, m, 0);
        return true;
    }

    private static DateTime ReadDate(JsonValue value)
    {
        var text = value.AsString();
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw value.Error($"expected a date like \"2025-12-25\" (yyyy-MM-dd) but found {value.Describe()}");
        return date;
    }
}

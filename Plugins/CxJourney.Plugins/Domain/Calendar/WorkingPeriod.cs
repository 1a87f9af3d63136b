using System;
using System.Globalization;

namespace CxJourney.Plugins.Domain.Calendar;

/// <summary>
/// One stretch of working time within a local day, [Start, End). End may be exactly 24:00 so a shift can
/// run to midnight; a shift that crosses midnight is written as two periods on consecutive days.
/// </summary>
public sealed record WorkingPeriod
{
    public WorkingPeriod(TimeSpan start, TimeSpan end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Local wall-clock start, from 00:00 inclusive.</summary>
    public TimeSpan Start { get; }

    /// <summary>Local wall-clock end, up to 24:00, exclusive.</summary>
    public TimeSpan End { get; }

    /// <summary>"09:00-17:00", the same text the JSON configuration uses.</summary>
    public override string ToString() => Format(Start) + "-" + Format(End);

    internal static string Format(TimeSpan t) =>
        ((int)t.TotalHours).ToString("00", CultureInfo.InvariantCulture) + ":" + t.Minutes.ToString("00", CultureInfo.InvariantCulture);
}

using System;

namespace CxJourney.Plugins.Domain.Calendar;

/// <summary>
/// A day off. A recurring holiday falls on the same month and day every year (its year is ignored;
/// a recurring 29 February only exists in leap years). Moving feasts (Easter) are listed per year.
/// </summary>
public sealed record Holiday
{
    public Holiday(DateTime date, bool recurring = false, string? name = null)
    {
        Date = date.Date;
        Recurring = recurring;
        Name = name;
    }

    /// <summary>The local calendar date (time of day dropped).</summary>
    public DateTime Date { get; }

    public bool Recurring { get; }

    public string? Name { get; }
}

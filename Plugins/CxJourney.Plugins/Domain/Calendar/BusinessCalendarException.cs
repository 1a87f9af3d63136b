using System;

namespace CxJourney.Plugins.Domain.Calendar;

/// <summary>
/// A calendar that validated but still has no working time where it is needed (for example explicit
/// holidays covering every working day of the coming years). Callers treat it like a configuration error.
/// </summary>
public sealed class BusinessCalendarException : Exception
{
    public BusinessCalendarException(string message) : base(message) { }
}

using System;
using System.Security;

namespace CxJourney.Plugins.Domain.Calendar;

/// <summary>
/// Finds a time zone by the id an admin types. Dataverse and Windows use Windows ids
/// ("W. Europe Standard Time"); .NET on Linux maps those to IANA through ICU, and .NET 6+ also accepts
/// IANA ids ("Europe/Berlin") on every OS. .NET Framework (the sandbox) knows Windows ids only.
/// https://learn.microsoft.com/dotnet/api/system.timezoneinfo.findsystemtimezonebyid
/// </summary>
public static class TimeZoneResolver
{
    /// <summary>The zone, or null when the runtime does not know <paramref name="id"/>.</summary>
    public static TimeZoneInfo? TryFind(string? id)
    {
        if (id == null || id.Trim().Length == 0 || id.Trim() != id)
            return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
        catch (SecurityException)
        {
            return null;
        }
    }
}

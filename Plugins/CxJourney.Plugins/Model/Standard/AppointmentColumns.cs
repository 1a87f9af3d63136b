namespace CxJourney.Plugins.Model;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/appointment
/// <summary>Columns of appointment beyond the common activity columns (ActivityColumns).</summary>
public static class AppointmentColumns
{
    public const string Table = Tables.Appointment;

    public const string RequiredAttendees = "requiredattendees";
    public const string OptionalAttendees = "optionalattendees";
    public const string Organizer = "organizer";
    public const string Location = "location";
    public const string IsAllDayEvent = "isalldayevent";
}

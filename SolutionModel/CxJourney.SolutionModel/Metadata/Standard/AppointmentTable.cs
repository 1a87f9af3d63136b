using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/appointment
internal static class AppointmentTable
{
    public static TableMetadata Build() => new TableBuilder("Appointment", "appointments", 4201, "Appointment", "Appointments")
        .Activity()
        .PrimaryName("Subject", 200, "Subject", RequiredLevel.ApplicationRequired)
        .Memo("Description", 1048576, "Description")
        .String("Location", 200, "Location")
        .PartyList("RequiredAttendees", "Required Attendees", [.. StandardTables.PartyTargets])
        .PartyList("OptionalAttendees", "Optional Attendees", [.. StandardTables.PartyTargets])
        .PartyList("Organizer", "Organizer", "systemuser")
        .Boolean("IsAllDayEvent", "All Day Event")
        .State(0, "Open", 1, (1, "Free"), (2, "Tentative"))
        .State(1, "Completed", 3, (3, "Completed"))
        .State(2, "Canceled", 4, (4, "Canceled"))
        .State(3, "Scheduled", 5, (5, "Busy"), (6, "Out of Office"))
        .Build();
}

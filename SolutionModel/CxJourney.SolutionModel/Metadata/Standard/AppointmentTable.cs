using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/appointment
// Its columns, states and relationships come from Reference/appointment.tsv; this keeps the table's names
// and what the page does not print (party and regarding targets the Dynamics 365 apps add).
internal static class AppointmentTable
{
    public static TableMetadata Build() => new TableBuilder("Appointment", "appointments", 4201, "Appointment", "Appointments")
        .Activity()
        .PrimaryName("Subject", 200, "Subject", RequiredLevel.ApplicationRequired)
        .PartyList("RequiredAttendees", "Required Attendees", [.. StandardTables.PartyTargets])
        .PartyList("OptionalAttendees", "Optional Attendees", [.. StandardTables.PartyTargets])
        .Build();
}

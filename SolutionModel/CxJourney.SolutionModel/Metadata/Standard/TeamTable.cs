using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/team
// Its columns, states and relationships come from Reference/team.tsv; this keeps the table's names
// and what the page does not print.
internal static class TeamTable
{
    public static TableMetadata Build() => new TableBuilder("Team", "teams", 9, "Team", "Teams")
        .Ownership(TableOwnership.BusinessOwned)
        .PrimaryId("TeamId", "Team")
        .PrimaryName("Name", 160, "Team Name", RequiredLevel.SystemRequired)
        .Choice("TeamType", "Team Type", 0, (0, "Owner"), (1, "Access"), (2, "Security Group"), (3, "Office Group"))
        .Build();
}

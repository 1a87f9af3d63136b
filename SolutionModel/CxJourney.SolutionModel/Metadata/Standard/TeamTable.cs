using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/team
internal static class TeamTable
{
    public static TableMetadata Build() => new TableBuilder("Team", "teams", 9, "Team", "Teams")
        .Ownership(TableOwnership.BusinessOwned)
        .PrimaryId("TeamId", "Team")
        .PrimaryName("Name", 160, "Team Name", RequiredLevel.SystemRequired)
        .Lookup("BusinessUnitId", "Business Unit", ColumnAccess.CreateAndUpdate, RequiredLevel.SystemRequired, "businessunit")
        .Lookup("AdministratorId", "Administrator", ColumnAccess.CreateAndUpdate, RequiredLevel.SystemRequired, "systemuser")
        .Lookup("QueueId", "Default Queue", "queue")
        .Choice("TeamType", "Team Type", 0, (0, "Owner"), (1, "Access"), (2, "Security Group"), (3, "Office Group"))
        .String("EMailAddress", 100, "Email", "email")
        .Memo("Description", 2000, "Description")
        .Boolean("IsDefault", "Is Default", access: ColumnAccess.ReadOnly)
        .Uniqueidentifier("AzureActiveDirectoryObjectId", "Object Id for a group")
        .Uniqueidentifier("OrganizationId", "Organization", ColumnAccess.ReadOnly)
        .Build();
}

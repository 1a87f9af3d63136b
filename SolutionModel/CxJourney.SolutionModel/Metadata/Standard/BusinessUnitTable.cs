using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/businessunit
internal static class BusinessUnitTable
{
    public static TableMetadata Build() => new TableBuilder("BusinessUnit", "businessunits", 10, "Business Unit", "Business Units")
        .Ownership(TableOwnership.BusinessOwned)
        .PrimaryId("BusinessUnitId", "Business Unit")
        .PrimaryName("Name", 160, "Name", RequiredLevel.SystemRequired)
        .Lookup("ParentBusinessUnitId", "Parent Business", "businessunit")
        .Lookup("OrganizationId", "Organization", ColumnAccess.ReadOnly, RequiredLevel.None, "organization")
        .Boolean("IsDisabled", "Is Disabled", access: ColumnAccess.ReadOnly)
        .String("DivisionName", 100, "Division")
        .String("EMailAddress", 100, "Email", "email")
        .String("WebSiteUrl", 200, "Website", "url")
        .Memo("Description", 2000, "Description")
        .Build();
}

using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/organization
internal static class OrganizationTable
{
    public static TableMetadata Build() => new TableBuilder("Organization", "organizations", 1019, "Organization", "Organizations")
        .Ownership(TableOwnership.None)
        .PrimaryId("OrganizationId", "Organization")
        .PrimaryName("Name", 160, "Organization Name", RequiredLevel.SystemRequired, ColumnAccess.ReadOnly)
        .Lookup("BaseCurrencyId", "Currency", ColumnAccess.ReadOnly, RequiredLevel.None, "transactioncurrency")
        .Choice("PluginTraceLogSetting", "Plug-in Trace Log Setting", 0, (0, "Off"), (1, "Exception"), (2, "All"))
        .Build();
}

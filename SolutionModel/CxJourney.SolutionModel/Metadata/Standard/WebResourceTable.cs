using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/webresource
// Its columns, states and relationships come from Reference/webresource.tsv; this keeps the table's names
// and what the page does not print.
// An import writes one row per web resource of the solution, content base64-encoded as in Dataverse.
internal static class WebResourceTable
{
    public static TableMetadata Build() => new TableBuilder("WebResource", "webresourceset", 9333, "Web Resource", "Web Resources")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("WebResourceId", "Web Resource Identifier")
        .PrimaryName("Name", 256, "Name", RequiredLevel.SystemRequired, ColumnAccess.CreateOnly)
        .Build();
}

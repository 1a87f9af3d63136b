using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/webresource
// An import writes one row per web resource of the solution, content base64-encoded as in Dataverse.
internal static class WebResourceTable
{
    public static TableMetadata Build() => new TableBuilder("WebResource", "webresourceset", 9333, "Web Resource", "Web Resources")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("WebResourceId", "Web Resource Identifier")
        .PrimaryName("Name", 256, "Name", RequiredLevel.SystemRequired, ColumnAccess.CreateOnly)
        .String("DisplayName", 200, "Display Name")
        .Choice("WebResourceType", "Type", null, (1, "Webpage (HTML)"), (2, "Style Sheet (CSS)"), (3, "Script (JScript)"), (4, "Data (XML)"),
            (5, "PNG format"), (6, "JPG format"), (7, "GIF format"), (8, "Silverlight (XAP)"), (9, "Style Sheet (XSL)"), (10, "ICO format"),
            (11, "Vector format (SVG)"), (12, "String (RESX)"))
        .String("Content", 1073741823, "Content")
        .Build();
}

using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/plugintracelog
// Its columns, states and relationships come from Reference/plugintracelog.tsv; this keeps the table's names
// and what the page does not print.
// Written only when organization.plugintracelogsetting asks for it (0 Off, 1 Exception, 2 All).
internal static class PluginTraceLogTable
{
    public static TableMetadata Build() => new TableBuilder("PluginTraceLog", "plugintracelogs", 4619, "Plug-in Trace Log", "Plug-in Trace Logs")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("PluginTraceLogId", "PluginTraceLog")
        .PrimaryName("TypeName", 1024, "Type Name", access: ColumnAccess.ReadOnly)
        // Not the organization lookup every organization-owned table has: the page types it a plain unique identifier.
        .Uniqueidentifier("OrganizationId", "Organization", ColumnAccess.ReadOnly)
        .Build();
}

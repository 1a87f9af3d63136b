using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/plugintracelog
// Written only when organization.plugintracelogsetting asks for it (0 Off, 1 Exception, 2 All).
internal static class PluginTraceLogTable
{
    public static TableMetadata Build() => new TableBuilder("PluginTraceLog", "plugintracelogs", 4619, "Plug-in Trace Log", "Plug-in Trace Logs")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("PluginTraceLogId", "PluginTraceLog")
        .PrimaryName("TypeName", 1024, "Type Name", access: ColumnAccess.ReadOnly)
        .String("MessageName", 1024, "Message Name", access: ColumnAccess.ReadOnly)
        .String("PrimaryEntity", 1000, "Primary Entity", access: ColumnAccess.ReadOnly)
        .Memo("ExceptionDetails", 1073741823, "Exception Details", ColumnAccess.ReadOnly)
        .Memo("MessageBlock", 1073741823, "Message Block", ColumnAccess.ReadOnly)
        .Uniqueidentifier("CorrelationId", "Correlation Id", ColumnAccess.ReadOnly)
        // The page types organizationid as a plain unique identifier here, not a lookup.
        .Uniqueidentifier("OrganizationId", "Organization", ColumnAccess.ReadOnly)
        .Build();
}

using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation
// Regarding points at any table (the platform lists hundreds): its lookup names no targets.
internal static class AsyncOperationTable
{
    public static TableMetadata Build() => new TableBuilder("AsyncOperation", "asyncoperations", 4700, "System Job", "System Jobs")
        .PrimaryId("AsyncOperationId", "System Job")
        .PrimaryName("Name", 256, "System Job Name", access: ColumnAccess.CreateOnly)
        .Choice("OperationType", "System Job Type", null,
            (1, "System Event"), (10, "Workflow"), (13, "Bulk Delete"), (54, "Execute Async Request"), (79, "CallbackRegistration Expander Operation"))
        .String("MessageName", 160, "Message Name", access: ColumnAccess.CreateOnly)
        .EntityName("PrimaryEntityType", "Primary Entity Type", ColumnAccess.CreateOnly)
        .Uniqueidentifier("CorrelationId", "Correlation Id", ColumnAccess.CreateOnly)
        .Uniqueidentifier("RequestId", "Request", ColumnAccess.CreateOnly)
        .Integer("Depth", "Depth", 0, int.MaxValue, ColumnAccess.CreateOnly)
        .Lookup("RegardingObjectId", "Regarding", ColumnAccess.CreateOnly, RequiredLevel.None)
        .Lookup("OwningExtensionId", "Owning Extension", ColumnAccess.CreateOnly, RequiredLevel.None, "sdkmessageprocessingstep")
        .Memo("Data", 1073741823, "Data")
        .Memo("Message", 100000, "Message", ColumnAccess.ReadOnly)
        .Memo("FriendlyMessage", 100000, "Friendly message")
        .Integer("ErrorCode", "Error Code", int.MinValue, int.MaxValue, ColumnAccess.ReadOnly)
        .Integer("RetryCount", "Retry Count", 0, int.MaxValue, ColumnAccess.ReadOnly)
        .DateTime("StartedOn", "Started On", access: ColumnAccess.ReadOnly)
        .DateTime("CompletedOn", "Completed On", access: ColumnAccess.ReadOnly)
        .DateTime("PostponeUntil", "Postpone Until")
        .Double("ExecutionTimeSpan", "ExecutionTimeSpan", 2, 0m, 1000000000m, ColumnAccess.ReadOnly)
        .State(0, "Ready", 0, (0, "Waiting For Resources"))
        .State(1, "Suspended", 10, (10, "Waiting"))
        .State(2, "Locked", 20, (20, "In Progress"), (21, "Pausing"), (22, "Canceling"))
        .State(3, "Completed", 30, (30, "Succeeded"), (31, "Failed"), (32, "Canceled"))
        .Build();
}

using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep
// The registration an import leaves for each step of the solution; an admin disables a step by setting
// statecode 1 (Disabled) / statuscode 2. The platform's
// sdkmessageid / sdkmessagefilterid / plugintypeid lookups are left out: their tables are not modelled here.
internal static class SdkMessageProcessingStepTable
{
    public static TableMetadata Build() => new TableBuilder("SdkMessageProcessingStep", "sdkmessageprocessingsteps", 4608,
            "Sdk Message Processing Step", "Sdk Message Processing Steps")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("SdkMessageProcessingStepId", "Sdk Message Processing Step")
        .PrimaryName("Name", 256, "Name", RequiredLevel.SystemRequired, ColumnAccess.CreateAndUpdate)
        .String("Description", 256, "Description")
        .Choice("Stage", "Execution Stage", null, (10, "Pre-validation"), (20, "Pre-operation"), (30, "Main Operation"), (40, "Post-operation"))
        .Choice("Mode", "Execution Mode", 0, (0, "Synchronous"), (1, "Asynchronous"))
        .Integer("Rank", "Execution Order", int.MinValue, int.MaxValue)
        .String("FilteringAttributes", 100000, "Filtering Attributes")
        .String("Configuration", 1073741823, "Configuration")
        .Boolean("AsyncAutoDelete", "Asynchronous Automatic Delete")
        .State(0, "Enabled", 1, (1, "Enabled"))
        .State(1, "Disabled", 2, (2, "Disabled"))
        .Build();
}

using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep
// Its columns, states and relationships come from Reference/sdkmessageprocessingstep.tsv; this keeps the table's names
// and what the page does not print.
// The registration an import leaves for each step of the solution; an admin disables a step by setting
// statecode 1 (Disabled) / statuscode 2. Its sdkmessageid / sdkmessagefilterid / plugintypeid lookups
// point at tables not modelled here, so they hold only null.
internal static class SdkMessageProcessingStepTable
{
    public static TableMetadata Build() => new TableBuilder("SdkMessageProcessingStep", "sdkmessageprocessingsteps", 4608,
            "Sdk Message Processing Step", "Sdk Message Processing Steps")
        .Ownership(TableOwnership.OrganizationOwned)
        .PrimaryId("SdkMessageProcessingStepId", "Sdk Message Processing Step")
        .PrimaryName("Name", 256, "Name", RequiredLevel.SystemRequired, ColumnAccess.CreateAndUpdate)
        .Build();
}

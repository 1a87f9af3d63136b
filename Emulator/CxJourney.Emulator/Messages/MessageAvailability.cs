using CxJourney.Emulator.Faults;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// Whether a table has a message, by THE message catalog (<see cref="SdkMessages"/>) the step loader and
/// `cxjourney check` consult: a request for a message the table has no message filter for is refused at run
/// time as Dataverse refuses it. CreateMultiple and UpdateMultiple exist on "many common standard tables, but
/// not all" (https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#availability-with-standard-tables);
/// email, phonecall, appointment and task list neither.
/// </summary>
internal static class MessageAvailability
{
    /// <summary>The facts of a table the message catalog decides on.</summary>
    public static MessageTableFacts FactsOf(TableMetadata table) =>
        new(table.LogicalName, table.Ownership == TableOwnership.UserOwned, table.HasStates);

    /// <summary>Refuses <paramref name="messageName"/> on <paramref name="table"/> when the catalog says the table lacks it.</summary>
    public static void Require(string messageName, TableMetadata table)
    {
        SdkMessageInfo? info = SdkMessages.Find(messageName);
        if (info is null || info.ExistsOn(FactsOf(table))) return;
        // The platform's words for a message without a processor for the table (as organizations answer it,
        // e.g. "The 'DeleteMultiple' method does not support entities of type 'contact'.").
        throw Fault.Create(
            ErrorCodes.SdkEntityDoesNotSupportGenericMethod,
            $"The '{messageName}' method does not support entities of type '{table.LogicalName}'. MessageProcessorCache returned MessageProcessor.Empty. ");
    }
}

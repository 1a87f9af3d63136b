using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>
/// The platform tables the local organization has before any solution is imported. Only the
/// columns the project and its tests use are modelled; every lookup target is itself one of
/// these tables, so the catalog stays closed.
/// </summary>
internal static class StandardTables
{
    /// <summary>
    /// Tables an activity's regardingobjectid may point at, limited to tables known here.
    /// Custom tables join the list through their activity relationships in Solution/.
    /// </summary>
    public static readonly IReadOnlyList<string> RegardingTargets =
        ["account", "contact", "incident", "opportunity", "lead", "salesorder", "invoice"];

    /// <summary>Who may take part in an email or appointment (party-list targets), limited to tables known here.</summary>
    public static readonly IReadOnlyList<string> PartyTargets =
        ["account", "contact", "lead", "systemuser", "queue"];

    private static readonly Lazy<IReadOnlyList<TableMetadata>> AllTables = new(Build);

    public static IReadOnlyList<TableMetadata> All => AllTables.Value;

    private static IReadOnlyList<TableMetadata> Build() =>
    [
        AccountTable.Build(),
        ContactTable.Build(),
        SystemUserTable.Build(),
        TeamTable.Build(),
        BusinessUnitTable.Build(),
        OrganizationTable.Build(),
        TransactionCurrencyTable.Build(),
        QueueTable.Build(),
        IncidentTable.Build(),
        IncidentResolutionTable.Build(),
        ActivityPointerTable.Build(),
        ActivityPartyTable.Build(),
        EmailTable.Build(),
        PhoneCallTable.Build(),
        AppointmentTable.Build(),
        TaskTable.Build(),
        LetterTable.Build(),
        AnnotationTable.Build(),
        OpportunityTable.Build(),
        OpportunityCloseTable.Build(),
        SalesOrderTable.Build(),
        InvoiceTable.Build(),
        LeadTable.Build(),
        EnvironmentVariableDefinitionTable.Build(),
        EnvironmentVariableValueTable.Build(),
        AsyncOperationTable.Build(),
        SolutionTable.Build(),
        SdkMessageProcessingStepTable.Build(),
        PluginTraceLogTable.Build(),
        WebResourceTable.Build(),
    ];
}

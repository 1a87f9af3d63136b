using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>
/// The platform tables the local organization has before any solution is imported. A table with a
/// reference file (Reference/&lt;table&gt;.tsv, transcribed from Microsoft's table/column reference)
/// has the reference's full column set; the others have the hand-written columns the project uses.
/// Every lookup target is itself one of these tables, so the catalog stays closed.
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

    /// <summary>
    /// Each hand-written table with its reference file (Reference/&lt;table&gt;.tsv) laid over it when
    /// there is one; lookups keep only targets among these tables.
    /// </summary>
    private static IReadOnlyList<TableMetadata> Build() => Build(StandardReference.Tables);

    /// <summary>The tables with the given reference files over them (the benchmark passes freshly read ones).</summary>
    internal static IReadOnlyList<TableMetadata> Build(IReadOnlyDictionary<string, ReferenceTable> references)
    {
        var handWritten = HandWritten();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in handWritten) known.Add(table.LogicalName);
        var tables = new List<TableMetadata>(handWritten.Count);
        foreach (var table in handWritten)
        {
            tables.Add(references.TryGetValue(table.LogicalName, out var reference) ? ReferenceMerge.Apply(table, reference, known) : table);
        }
        return tables;
    }

    /// <summary>The hand-written definitions alone (what the reference lacks or the emulator needs besides).</summary>
    internal static IReadOnlyList<TableMetadata> HandWritten() =>
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

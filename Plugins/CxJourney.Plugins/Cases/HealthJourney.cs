using System;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// A contact's journey as the case event job reads it for health: its id, its row version (the optimistic-concurrency
/// token of the health write), its health ledger as stored (cx_healthstate) and whether health was ever written to it.
/// Read with the case (<see cref="CaseQuery"/>), or on its own after a lost race or for feedback about no case.
/// </summary>
public sealed class HealthJourney
{
    /// <summary>The settings copy's alias under a journey's alias (or alone, when the journey is the query's table).</summary>
    private const string SettingsSuffix = "s";

    public HealthJourney(Guid id, string? rowVersion, string? state, bool healthWritten, SettingsCopy.Found? settings = null)
    {
        Id = id;
        RowVersion = rowVersion;
        State = state;
        HealthWritten = healthWritten;
        Settings = settings;
    }

    /// <summary>The settings copy the journey links to, read with it (null when it has no link yet, or was read by its id).</summary>
    public SettingsCopy.Found? Settings { get; }

    public Guid Id { get; }

    public string? RowVersion { get; }

    /// <summary>The health ledger as stored, or null.</summary>
    public string? State { get; }

    /// <summary>Health was written to the journey before (cx_lastscoredon is set): without a ledger, a version before the ledger wrote it.</summary>
    public bool HealthWritten { get; }

    /// <summary>The columns to read.</summary>
    public static ColumnSet Columns() => new(JourneyColumns.Id, QueryRows.VersionNumber, JourneyColumns.HealthState, JourneyColumns.LastScoredOn);

    /// <summary>
    /// The contact's journey (one per contact, by the cx_journey_contact key) with its settings copy, or null when it has
    /// none yet: one RetrieveMultiple.
    /// </summary>
    public static HealthJourney? Find(IOrganizationService service, Guid contactId)
    {
        var query = new QueryExpression(Tables.Journey) { ColumnSet = Columns(), TopCount = 1 };
        query.Criteria.AddCondition(JourneyColumns.Contact, ConditionOperator.Equal, contactId);
        SettingsCopy.LinkFrom(query, SettingsSuffix);
        var rows = service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : Of(rows[0], SettingsCopy.FromAliased(rows[0], SettingsSuffix));
    }

    /// <summary>Adds the journey's settings copy to a query under the journey's link.</summary>
    internal static void LinkSettings(LinkEntity journey, string journeyAlias) => SettingsCopy.LinkFrom(journey, journeyAlias + SettingsSuffix);

    /// <summary>The journey of that id again (after a concurrent write): one Retrieve.</summary>
    public static HealthJourney Retrieve(IOrganizationService service, Guid journeyId) => Of(service.Retrieve(Tables.Journey, journeyId, Columns()));

    private static HealthJourney Of(Entity row, SettingsCopy.Found? settings = null) =>
        new(row.Id, row.RowVersion ?? QueryRows.Version(row.Contains(QueryRows.VersionNumber) ? row[QueryRows.VersionNumber] : null), row.GetAttributeValue<string>(JourneyColumns.HealthState),
            row.GetAttributeValue<DateTime?>(JourneyColumns.LastScoredOn).HasValue, settings);

    /// <summary>The journey joined to a contact under <paramref name="alias"/>, or null when the outer join found none.</summary>
    internal static HealthJourney? Aliased(Entity row, string alias)
    {
        if (!(row.Aliased(alias, JourneyColumns.Id) is Guid id)) return null;
        return new HealthJourney(id, QueryRows.Version(row.Aliased(alias, QueryRows.VersionNumber)), row.Aliased(alias, JourneyColumns.HealthState) as string,
            row.Aliased(alias, JourneyColumns.LastScoredOn) is DateTime, SettingsCopy.FromAliased(row, alias + SettingsSuffix));
    }
}

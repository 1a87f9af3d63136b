using System;
using System.ServiceModel;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Settings;

/// <summary>
/// The one cx_settingscopy row: every cx_ environment variable's effective value, so a job reads its settings with
/// a row it queries anyway (the journey links to the copy) instead of one more request per execution.
/// <para><b>Kept current.</b> <see cref="SettingsCopyPlugin"/> copies the variables again inside the transaction of
/// every change of a definition's default or of a current value, so an admin's change applies to the next event, as
/// a direct read would. A solution import may set variables without running plug-ins (the local organization's
/// import does not), so a copy older than <see cref="MaxAge"/> is copied again by the job that finds it, and a job
/// that finds no copy makes it. Variables are never cached in a plug-in instance: the copy is a row, the same for
/// every instance, thread and server.</para>
/// <para><b>Races.</b> A job replaces an old copy only if it is still the version it read (optimistic concurrency), and
/// creates a missing one only if nobody did meanwhile, so a job can never put back values older than the plug-in's.</para>
/// </summary>
public static class SettingsCopy
{
    /// <summary>The row's id: one row per organization, addressed without a query.</summary>
    public static readonly Guid Id = new("5e7c2a94-1b3d-4f60-9a8e-c41d7b2f0e36");

    /// <summary>How long a copy is used without copying the variables again.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    public const string RowName = "CxJourney settings";

    /// <summary>The columns a query reads of the copy (through a link or by id).</summary>
    public static readonly string[] ColumnNames = { SettingsCopyColumns.Values, SettingsCopyColumns.CopiedOn, QueryRows.VersionNumber };

    /// <summary>A copy as read: its settings (null when its values do not parse), when they were copied, its row version.</summary>
    public sealed class Found
    {
        private readonly string? _values;
        private EnvironmentSettings? _settings;
        private bool _parsed;

        public Found(string? values, DateTime? copiedOn, string? version)
        {
            _values = values;
            CopiedOn = copiedOn;
            Version = version;
        }

        /// <summary>The values, parsed when first asked for (a job that rolls nothing up never needs them).</summary>
        public EnvironmentSettings? Settings
        {
            get
            {
                if (!_parsed)
                {
                    _settings = EnvironmentSettings.FromJson(_values);
                    _parsed = true;
                }
                return _settings;
            }
        }

        public DateTime? CopiedOn { get; }

        public string? Version { get; }

        /// <summary>Usable at <paramref name="now"/>: copied less than <see cref="MaxAge"/> before, and readable.</summary>
        public bool IsFreshAt(DateTime now) => CopiedOn is DateTime copied && now - copied < MaxAge && Settings is not null;
    }

    /// <summary>Adds the copy to a query through <paramref name="journey"/>'s link (outer: a journey without one still comes back).</summary>
    public static void LinkFrom(LinkEntity journey, string alias) =>
        Configure(journey.AddLink(Tables.SettingsCopy, JourneyColumns.SettingsCopy, SettingsCopyColumns.Id, JoinOperator.LeftOuter), alias);

    /// <summary>Adds the copy to a query of cx_journey (outer, as above).</summary>
    public static void LinkFrom(QueryExpression journeys, string alias) =>
        Configure(journeys.AddLink(Tables.SettingsCopy, JourneyColumns.SettingsCopy, SettingsCopyColumns.Id, JoinOperator.LeftOuter), alias);

    private static void Configure(LinkEntity link, string alias)
    {
        link.EntityAlias = alias;
        link.Columns = new ColumnSet(ColumnNames);
    }

    /// <summary>The copy a query row carries under <paramref name="alias"/>, or null when the row has none.</summary>
    public static Found? FromAliased(Entity row, string alias)
    {
        // Copied on is always written: without it the outer join found no copy.
        if (row.Aliased(alias, SettingsCopyColumns.CopiedOn) is not DateTime copiedOn) return null;
        return new Found(row.Aliased(alias, SettingsCopyColumns.Values) as string, copiedOn, QueryRows.Version(row.Aliased(alias, QueryRows.VersionNumber)));
    }

    /// <summary>Reads the copy by its id (one request); null when there is none.</summary>
    public static Found? Read(IOrganizationService service)
    {
        var query = new QueryExpression(Tables.SettingsCopy) { ColumnSet = new ColumnSet(ColumnNames), TopCount = 1 };
        query.Criteria.AddCondition(SettingsCopyColumns.Id, ConditionOperator.Equal, Id);
        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0) return null;
        var row = rows[0];
        return new Found(row.GetAttributeValue<string>(SettingsCopyColumns.Values),
            row.GetAttributeValue<DateTime?>(SettingsCopyColumns.CopiedOn),
            row.RowVersion ?? QueryRows.Version(row.GetAttributeValue<long?>(QueryRows.VersionNumber)));
    }

    /// <summary>Writes the copy whatever it held (the plug-in on the variables, inside their transaction): one Upsert.</summary>
    public static void Write(IOrganizationService service, EnvironmentSettings settings, DateTime now) =>
        service.Execute(new UpsertRequest { Target = Row(settings, now) });

    /// <summary>
    /// A job's copy after reading the variables itself (<paramref name="found"/> was missing, stale or unreadable):
    /// creates it when there was none, replaces it when it is still the version read. One request; false when another
    /// writer was first (then the copy is at least as new as these values).
    /// </summary>
    public static bool Refresh(IOrganizationService service, Found? found, EnvironmentSettings settings, DateTime now, Action<string> trace)
    {
        var row = Row(settings, now);
        try
        {
            if (found is null)
            {
                service.Create(row);
                trace("Copied the environment variables into the settings copy (there was none).");
            }
            else
            {
                row.RowVersion = found.Version;
                // https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency
                service.Execute(new UpdateRequest { Target = row, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                trace($"Copied the environment variables into the settings copy again (the copy of {found.CopiedOn:u} was {(found.Settings is null ? "unreadable" : "older than " + MaxAge.TotalHours + " hours")}).");
            }
            return true;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (PlatformErrors.IsVersionMismatch(fault) || PlatformErrors.IsDuplicate(fault))
        {
            trace("The settings copy was written by another job or by a change of a variable meanwhile; it is kept.");
            return false;
        }
    }

    private static Entity Row(EnvironmentSettings settings, DateTime now) => new(Tables.SettingsCopy, Id)
    {
        [SettingsCopyColumns.Name] = RowName,
        [SettingsCopyColumns.Values] = settings.ToJson(),
        [SettingsCopyColumns.CopiedOn] = now,
    };
}

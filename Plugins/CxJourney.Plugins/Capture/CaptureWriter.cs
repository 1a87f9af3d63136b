using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// The write half of every capture step: resolves the plans' contacts (reading only what Target and images
/// could not give) and writes each touchpoint with ONE UpsertRequest whose record id is a name-based GUID of
/// the touchpoint's natural key (<see cref="TouchpointRows.IdOf"/>). The id, not the alternate key, finds the
/// row, so the write works while the key's index is still being built after an import, and a re-delivered
/// event upserts the row it already wrote. No batch request: Microsoft forbids ExecuteMultiple,
/// ExecuteTransaction and the *Multiple messages in synchronous plug-ins (Power Apps checker il-avoid-batch-plugin,
/// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin).
/// It runs inside the user's transaction, so the touchpoints exist exactly when the source does.
/// <para>What is not a touchpoint is traced, never thrown: an event without a contact leaves the user's save
/// alone. A failure of the write itself is traced with the source ids and rethrown: inside a synchronous step
/// the platform has already ended the transaction, so carrying on would only turn it into "There is no
/// active transaction" (-2147220911).</para>
/// The rows are written as SYSTEM: recording a touchpoint must not depend on the user's privileges on
/// cx_touchpoint.
/// </summary>
internal static class CaptureWriter
{
    /// <summary>Dataverse keeps about 10 KB of trace per execution; a bulk import traces its first records only.</summary>
    private const int DetailedRecords = 20;

    public static void Write(ILocalPluginContext local, IReadOnlyList<CapturePlan> plans)
    {
        if (plans.Count == 0)
        {
            local.Trace("Nothing to capture.");
            return;
        }

        var service = local.SystemService;
        var contacts = ContactReader.Resolve(service, plans);
        var rows = new List<Entity>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var skipped = 0;
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var found = contacts[i];
            if (i < DetailedRecords) local.Trace(Describe(plan, found));
            if (found.Count == 0)
            {
                skipped++;
                continue;
            }
            foreach (var contact in found)
            {
                if (keys.Add(TouchpointRows.KeyOf(plan.Draft, contact))) rows.Add(TouchpointRows.Build(plan.Draft, contact));
            }
        }
        if (plans.Count > DetailedRecords) local.Trace($"... and {plans.Count - DetailedRecords} more record(s).");

        if (rows.Count == 0)
        {
            local.Trace($"No touchpoint to write: none of the {plans.Count} record(s) concerns a contact.");
            return;
        }

        foreach (var row in rows)
        {
            try
            {
                // https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
                service.Execute(new UpsertRequest { Target = row });
            }
            catch (Exception failure)
            {
                local.Trace($"Writing touchpoint {row.Id:D} failed for {Sources(plans)}: {failure.Message}");
                throw;
            }
        }
        local.Trace($"Upserted {rows.Count} touchpoint(s), one request each, for {plans.Count - skipped} of {plans.Count} record(s); {skipped} without a contact.");
    }

    private static string Describe(CapturePlan plan, IReadOnlyList<Guid> contacts)
    {
        var d = plan.Draft;
        var what = $"{d.SourceTable} {d.SourceRecordId:D} kind {d.Kind} at {d.OccurredOn.ToString("u", CultureInfo.InvariantCulture)}";
        var notes = plan.Contacts.Notes.Count == 0 ? "" : " Skipped: " + string.Join("; ", plan.Contacts.Notes) + ".";
        if (contacts.Count == 0)
            return $"{what}: no contact found ({plan.Contacts.Source}), no touchpoint.{notes}";
        var via = plan.Contacts.NeedsRead ? plan.Contacts.Source + " (read)" : plan.Contacts.Source;
        return $"{what}: {contacts.Count} contact(s) from {via}: {string.Join(", ", contacts.Select(c => c.ToString("D")))}.{notes}";
    }

    private static string Sources(IReadOnlyList<CapturePlan> plans)
    {
        var ids = plans.Take(DetailedRecords).Select(p => p.Draft.SourceTable + " " + p.Draft.SourceRecordId.ToString("D"));
        return string.Join(", ", ids) + (plans.Count > DetailedRecords ? $" and {plans.Count - DetailedRecords} more" : "");
    }
}

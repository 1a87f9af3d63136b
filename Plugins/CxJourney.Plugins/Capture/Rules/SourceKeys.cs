using System;
using System.Globalization;
using CxJourney.Plugins.Domain.Identity;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// The text of cx_sourceid, part of the touchpoint's alternate key (table, source id, kind, contact), which is
/// what makes capture idempotent: a re-delivered event upserts the row it already wrote.
/// <list type="bullet">
/// <item>An event that happens once per record (created, completed, won) keys on the record id:
///   a second event of that kind for the record updates the same touchpoint.</item>
/// <item>An event that can happen again on the same record (a case resolved, reopened or cancelled more than once)
///   keys on a name-based GUID of record id, kind and event time: a re-delivery computes the same key, a
///   later occurrence a new one.</item>
/// </list>
/// Both are 36 characters, lower case, with hyphens (the column is text because an alternate key cannot hold a
/// unique identifier column: https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity).
/// </summary>
public static class SourceKeys
{
    // Fixed namespace of CxJourney's name-based ids; changing it would re-key every repeatable event.
    private static readonly Guid Namespace = new("5b7d3a4e-2f61-4c8e-9a0d-3e1f6b2c8d90");

    public static string ForRecord(Guid recordId) => recordId.ToString("D");

    public static string ForEvent(Guid recordId, int kind, DateTime occurredOnUtc)
    {
        var utc = occurredOnUtc.Kind == DateTimeKind.Local ? occurredOnUtc.ToUniversalTime() : occurredOnUtc;
        var name = recordId.ToString("D") + "|" + kind.ToString(CultureInfo.InvariantCulture) + "|" +
                   utc.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        return NameBased(Namespace, name).ToString("D");
    }

    /// <summary>
    /// An event two messages of one operation can raise (a case resolved: Update of its state, Create of its
    /// incidentresolution): keyed on the operation (the execution context's CorrelationId, shared by every
    /// step of one operation and kept by a re-delivered job), so whichever steps fire, in any order, compute
    /// the same key; a later resolution is another operation and another key.
    /// </summary>
    public static string ForOperation(Guid recordId, int kind, Guid operationId)
    {
        var name = "operation|" + recordId.ToString("D") + "|" + kind.ToString(CultureInfo.InvariantCulture) + "|" + operationId.ToString("D");
        return NameBased(Namespace, name).ToString("D");
    }

    /// <summary>RFC 4122 version 5 (SHA-1) GUID of a name in a namespace (<see cref="NameBasedGuid"/>).</summary>
    public static Guid NameBased(Guid space, string name) => NameBasedGuid.Create(space, name);
}

using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CxJourney.Plugins.Domain.Capture;

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

    /// <summary>RFC 4122 version 5 (SHA-1) GUID of a name in a namespace: https://www.rfc-editor.org/rfc/rfc4122#section-4.3</summary>
    public static Guid NameBased(Guid space, string name)
    {
        var spaceBytes = ToNetworkOrder(space.ToByteArray());
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[spaceBytes.Length + nameBytes.Length];
        Buffer.BlockCopy(spaceBytes, 0, input, 0, spaceBytes.Length);
        Buffer.BlockCopy(nameBytes, 0, input, spaceBytes.Length, nameBytes.Length);
        byte[] hash;
        using (var sha1 = SHA1.Create())
            hash = sha1.ComputeHash(input);
        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(ToNetworkOrder(bytes));
    }

    // Guid.ToByteArray is little-endian in its first three fields; RFC 4122 hashes them big-endian.
    private static byte[] ToNetworkOrder(byte[] b)
    {
        var r = (byte[])b.Clone();
        Array.Reverse(r, 0, 4);
        Array.Reverse(r, 4, 2);
        Array.Reverse(r, 6, 2);
        return r;
    }
}

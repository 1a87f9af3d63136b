using System;
using System.Security.Cryptography;
using System.Text;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// Name-based GUIDs (RFC 4122 section 4.3, version 5, SHA-1): the same namespace and name always give the
/// same id, so a re-delivered event that creates "the same" activity collides with the first one instead of
/// duplicating it.
/// </summary>
public static class NameBasedGuid
{
    /// <summary>The namespace of CxJourney follow-up activity ids.</summary>
    public static readonly Guid FollowUpNamespace = new("6f0c3e2a-3b5d-4c71-9a0e-1d2f7c8b9a41");

    public static Guid Create(Guid namespaceId, string name)
    {
        if (name == null) throw new ArgumentNullException(nameof(name));
        var ns = namespaceId.ToByteArray();
        SwapToNetworkOrder(ns);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var data = new byte[ns.Length + nameBytes.Length];
        Buffer.BlockCopy(ns, 0, data, 0, ns.Length);
        Buffer.BlockCopy(nameBytes, 0, data, ns.Length, nameBytes.Length);
        byte[] hash;
        using (var sha1 = SHA1.Create())
            hash = sha1.ComputeHash(data);
        var result = new byte[16];
        Array.Copy(hash, result, 16);
        result[6] = (byte)((result[6] & 0x0F) | 0x50);
        result[8] = (byte)((result[8] & 0x3F) | 0x80);
        SwapToNetworkOrder(result);
        return new Guid(result);
    }

    // Guid.ToByteArray is little-endian in its first three fields; RFC 4122 hashes them big-endian.
    private static void SwapToNetworkOrder(byte[] g)
    {
        Swap(g, 0, 3);
        Swap(g, 1, 2);
        Swap(g, 4, 5);
        Swap(g, 6, 7);
    }

    private static void Swap(byte[] b, int i, int j)
    {
        var t = b[i];
        b[i] = b[j];
        b[j] = t;
    }
}

using System;
using System.Security.Cryptography;
using System.Text;

namespace CxJourney.Plugins.Domain.Identity;

/// <summary>
/// Name-based GUIDs (RFC 4122 section 4.3, version 5, SHA-1): the same namespace and name always give the
/// same id, so a re-delivered event computes the key or the record id it computed the first time.
/// https://www.rfc-editor.org/rfc/rfc4122#section-4.3
/// </summary>
/// <remarks>
/// The one implementation. Internal, and compiled into the local organization too (its csproj links this
/// file): the sandbox loads nothing but the plug-in assembly, so the two cannot share a third assembly.
/// </remarks>
internal static class NameBasedGuid
{
    public static Guid Create(Guid namespaceId, string name)
    {
        if (name == null) throw new ArgumentNullException(nameof(name));
        var space = ToNetworkOrder(namespaceId.ToByteArray());
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var data = new byte[space.Length + nameBytes.Length];
        Buffer.BlockCopy(space, 0, data, 0, space.Length);
        Buffer.BlockCopy(nameBytes, 0, data, space.Length, nameBytes.Length);
        byte[] hash;
        using (var sha1 = SHA1.Create())
            hash = sha1.ComputeHash(data);
        var result = new byte[16];
        Array.Copy(hash, result, 16);
        result[6] = (byte)((result[6] & 0x0F) | 0x50);
        result[8] = (byte)((result[8] & 0x3F) | 0x80);
        return new Guid(ToNetworkOrder(result));
    }

    // Guid.ToByteArray is little-endian in its first three fields; RFC 4122 hashes them big-endian.
    private static byte[] ToNetworkOrder(byte[] guid)
    {
        var r = (byte[])guid.Clone();
        Array.Reverse(r, 0, 4);
        Array.Reverse(r, 4, 2);
        Array.Reverse(r, 6, 2);
        return r;
    }
}

using System;
using System.IO;
using Microsoft.Identity.Client;

namespace CxJourney.Dataverse.Auth;

/// <summary>
/// Keeps an admin's MSAL token cache in a file only its owner can read, so the next command signs in
/// silently (refresh token) instead of asking again.
/// </summary>
// https://learn.microsoft.com/entra/msal/dotnet/how-to/token-cache-serialization
internal static class TokenCacheFile
{
    private static readonly object Gate = new();

    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cxjourney", "msal-cache.bin");

    public static void Bind(ITokenCache cache, string path)
    {
        cache.SetBeforeAccess(args =>
        {
            lock (Gate)
            {
                args.TokenCache.DeserializeMsalV3(File.Exists(path) ? File.ReadAllBytes(path) : null);
            }
        });
        cache.SetAfterAccess(args =>
        {
            if (!args.HasStateChanged) return;
            lock (Gate)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                byte[] data = args.TokenCache.SerializeMsalV3();
                using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                stream.Write(data);
            }
        });
    }
}

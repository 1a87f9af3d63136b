using System;
using System.IO;
using CxJourney.Tests.Shared;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>Where the official listings and our net462 SDK build are.</summary>
internal static class SurfaceFiles
{
    public const string OfficialSurface = "Microsoft.Xrm.Sdk-9.0.2.56.surface.txt";
    public const string OfficialTypes = "Microsoft.Xrm.Sdk-9.0.2.56.types.txt";

    public static string Fixture(string name)
    {
        using var stream = typeof(SurfaceFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded fixture {name} is missing from the test assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The net462 Microsoft.Xrm.Sdk.dll of the configuration this test assembly was built in (test.sh builds
    /// Release, a bare `dotnet test` Debug); the test project's build produces it.
    /// </summary>
    public static string SdkNet462() => RepoPaths.Output(Path.Combine("Sdk", "Microsoft.Xrm.Sdk"), "net462", "Microsoft.Xrm.Sdk.dll");
}

using System;
using System.IO;
using System.Linq;
using System.Reflection;

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
    /// The net462 Microsoft.Xrm.Sdk.dll of the configuration this test assembly was built in
    /// (test.sh builds Release, a bare `dotnet test` Debug), found from the repository root.
    /// </summary>
    public static string SdkNet462()
    {
        var configuration = typeof(SurfaceFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value;
        var path = Path.Combine(RepositoryRoot(), "Sdk", "Microsoft.Xrm.Sdk", "bin", configuration!, "net462", "Microsoft.Xrm.Sdk.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The net462 SDK is not built; run `dotnet build Sdk/Microsoft.Xrm.Sdk -f net462 -c {configuration}`.", path);
        }

        return path;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CxJourney.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No CxJourney.sln above " + AppContext.BaseDirectory);
    }
}

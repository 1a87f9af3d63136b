using System;
using System.IO;
using System.Linq;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>
/// Our net462 Microsoft.Xrm.Sdk against the official 9.0.2.56 surface: anything we declare that the
/// official assembly declares differently compiles into a plugin here and fails inside Dataverse.
/// </summary>
public class SdkSurfaceTests
{
    private static readonly string OursFile = Path.Combine(AppContext.BaseDirectory, "Microsoft.Xrm.Sdk.ours.surface.txt");

    [Fact]
    public void Our_surface_is_a_subset_of_the_official_one()
    {
        var sdk = SurfaceFiles.SdkNet462();
        var ours = SurfacePrinter.Print(sdk, SurfacePrinter.XrmNamespaces);
        // Kept next to the test assembly for diffing against the fixture by hand.
        File.WriteAllText(OursFile, ours);

        var otherTypes = SurfacePrinter.PublicTypes(sdk).Where(t => !SurfacePrinter.XrmNamespaces.Contains(NamespaceOf(t.FullName)));
        var differences = SurfaceComparer.Compare(SurfaceFiles.Fixture(SurfaceFiles.OfficialSurface), ours)
            .Concat(SurfaceComparer.CompareTypeList(SurfaceListing.ParseTypeList(SurfaceFiles.Fixture(SurfaceFiles.OfficialTypes)), otherTypes))
            .ToList();

        Assert.True(differences.Count == 0,
            $"{differences.Count} declarations of ours differ from the official Microsoft.Xrm.Sdk 9.0.2.56 (our listing: {OursFile}):\n\n"
            + string.Join("\n\n", differences));
    }

    [Fact]
    public void Our_net462_build_has_the_official_identity()
    {
        var ours = SurfacePrinter.Print(SurfaceFiles.SdkNet462(), []);
        var official = SurfaceFiles.Fixture(SurfaceFiles.OfficialSurface);

        Assert.Equal(FirstLine(official), FirstLine(ours));
    }

    private static string FirstLine(string text) => text[..text.IndexOf('\n')].TrimEnd('\r');

    private static string NamespaceOf(string fullName)
    {
        var outer = fullName.Split('+')[0];
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? "" : outer[..dot];
    }
}

using System.Xml.Linq;

namespace CxJourney.SolutionModel.Packing;

/// <summary>
/// solution.xml: Other/Solution.xml with the version stamped, &lt;Managed&gt; 0 or 1 (an unpacked
/// "Both" folder says 2), and &lt;MissingDependencies&gt; present as exports always write it.
/// </summary>
internal static class ManifestBuilder
{
    public static XElement Build(SolutionDefinition solution, SourceFiles files, PackageKind kind, string version)
    {
        var root = new XElement(files.Root(solution.Manifest.Source.File));
        var manifest = root.Element("SolutionManifest")!;

        var versionElement = manifest.Element("Version")!;
        versionElement.Value = version;

        var managed = manifest.Element("Managed");
        if (managed is null)
        {
            managed = new XElement("Managed");
            versionElement.AddAfterSelf(managed);
        }
        managed.Value = kind == PackageKind.Managed ? "1" : "0";

        if (manifest.Element("MissingDependencies") is null)
        {
            var missing = new XElement("MissingDependencies");
            var rootComponents = manifest.Element("RootComponents");
            if (rootComponents is null) manifest.Add(missing);
            else rootComponents.AddAfterSelf(missing);
        }
        return root;
    }
}

using System.IO;

namespace CxJourney.Cli.Workspace;

/// <summary>Where things are in the repository: Solution/, the plugin projects and their build output.</summary>
internal static class RepoLayout
{
    public const string SolutionFileName = "CxJourney.sln";

    /// <summary>The folder holding CxJourney.sln at or above <paramref name="start"/>, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName))) return dir.FullName;
        }
        return null;
    }

    public static string SolutionFolder(string root) => Path.Combine(root, "Solution");

    /// <summary>The optional CxJourneySales solution (commerce capture), imported after the core where Dynamics 365 Sales is installed.</summary>
    public static string SalesSolutionFolder(string root) => Path.Combine(root, "SalesSolution");

    public static string OutputFolder(string root) => Path.Combine(root, "out");

    public static string WebResourcesFolder(string root) => Path.Combine(root, "WebResources");

    /// <summary>Where `npm run build` puts web resource content, by name: WebResources/dist/WebResources/cx_/journey/...</summary>
    public static string WebResourcesBuildOutput(string root) => Path.Combine(root, "WebResources", "dist", "WebResources");

    /// <summary>The project of a plugin assembly: Plugins/&lt;Name&gt;/&lt;Name&gt;.csproj.</summary>
    public static string PluginProject(string root, string assemblyName) => Path.Combine(root, "Plugins", assemblyName, assemblyName + ".csproj");

    /// <summary>The net462 build output Dataverse loads: Plugins/&lt;Name&gt;/bin/&lt;Configuration&gt;/net462/&lt;Name&gt;.dll.</summary>
    public static string PluginBinary(string root, string assemblyName, string configuration)
        => Path.Combine(root, "Plugins", assemblyName, "bin", configuration, "net462", assemblyName + ".dll");
}

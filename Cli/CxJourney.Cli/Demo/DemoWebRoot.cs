using System.IO;
using CxJourney.Cli.Workspace;

namespace CxJourney.Cli.Demo;

/// <summary>
/// The folder the views are served from: WebResources/dist (host/index.html plays the Dynamics form
/// around the built web resources). A fresh clone has no dist/: it is built with npm when npm is there.
/// </summary>
internal static class DemoWebRoot
{
    public sealed record Outcome(string? Folder, string? Problem, bool Built);

    public static string Folder(string root) => Path.Combine(RepoLayout.WebResourcesFolder(root), "dist");

    public static bool IsBuilt(string root) =>
        File.Exists(Path.Combine(Folder(root), "host", "index.html"))
        && File.Exists(Path.Combine(RepoLayout.WebResourcesBuildOutput(root), "cx_", "journey", "dashboard.html"));

    /// <summary>The built web root, building it first when it is missing.</summary>
    public static Outcome Ensure(string root)
    {
        if (IsBuilt(root)) return new Outcome(Folder(root), null, false);
        string project = RepoLayout.WebResourcesFolder(root);
        if (!File.Exists(Path.Combine(project, "package.json"))) return new Outcome(null, $"{project} has no package.json", false);
        if (!Directory.Exists(Path.Combine(project, "node_modules")))
        {
            var install = ExternalProcess.Run("npm", ["ci", "--no-audit", "--no-fund"], project);
            if (!install.Succeeded)
            {
                // npm ci refuses a lock file out of step with package.json (npm leaves optional platform packages out
                // of locks made on another platform); package.json pins exact versions, so install from it instead,
                // without touching the lock file.
                var fallback = ExternalProcess.Run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock"], project);
                if (!fallback.Succeeded)
                    return new Outcome(null, "npm ci and npm install in WebResources/ failed: " + ExternalProcess.Tail(install.Output + fallback.Output, 5), false);
            }
        }
        var build = ExternalProcess.Run("npm", ["run", "build"], project);
        if (!build.Succeeded) return new Outcome(null, "npm run build in WebResources/ failed: " + ExternalProcess.Tail(build.Output, 5), false);
        return IsBuilt(root) ? new Outcome(Folder(root), null, true) : new Outcome(null, "npm run build did not write WebResources/dist/host/index.html", false);
    }
}

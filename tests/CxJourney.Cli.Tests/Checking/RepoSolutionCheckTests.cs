using System;
using System.Linq;
using CxJourney.Cli.Checking;
using CxJourney.Cli.Tests.Support;
using CxJourney.Emulator.Solution;

namespace CxJourney.Cli.Tests.Checking;

/// <summary>`cxjourney check` on the solution the repository ships.</summary>
public sealed class RepoSolutionCheckTests
{
    /// <summary>
    /// While the plug-in registrations are being written (their classes, their root components and
    /// the order of &lt;PluginType&gt; children), problems may remain in PluginAssemblies/ and
    /// SdkMessageProcessingSteps/ only; everything else the repository ships passes. Once that work
    /// lands this asserts no problem at all (report.HasErrors false).
    /// </summary>
    [Fact]
    public void The_shipped_solution_has_no_problem_outside_the_plugin_registrations()
    {
        var solution = SolutionReader.Read(RepoSolution.Folder);
        using var webResources = RepoSolution.WebResourceFolders(solution);

        var report = SolutionChecker.Check(new CheckRequest
        {
            SolutionFolder = RepoSolution.Folder,
            AssemblyFiles = RepoSolution.Assemblies(solution),
            WebResourceFolders = webResources.Folders,
        });

        var elsewhere = report.Problems
            .Where(p => p.IsError)
            .Where(p => !p.Location.File.StartsWith("PluginAssemblies/", StringComparison.Ordinal)
                        && !p.Location.File.StartsWith("SdkMessageProcessingSteps/", StringComparison.Ordinal))
            .ToList();
        Assert.True(elsewhere.Count == 0, string.Join(Environment.NewLine, elsewhere));
        Assert.NotEmpty(solution.Tables);
        Assert.NotEmpty(solution.WebResources);
    }
}

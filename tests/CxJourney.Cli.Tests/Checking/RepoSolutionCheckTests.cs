using System;
using System.Linq;
using CxJourney.Cli.Checking;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Cli.Tests.Checking;

/// <summary>`cxjourney check` on the solution the repository ships.</summary>
public sealed class RepoSolutionCheckTests
{
    [Fact]
    public void The_shipped_solution_passes_check_with_no_problem_at_all()
    {
        using var repo = RepoSolution.WithWebContent();
        var solution = SolutionReader.Read(repo.Folder);

        var report = SolutionChecker.Check(new CheckRequest
        {
            SolutionFolder = repo.Folder,
            AssemblyFiles = RepoSolution.Assemblies(solution),
        });

        Assert.True(report.Problems.Count == 0, string.Join(Environment.NewLine, report.Problems));
        Assert.NotEmpty(solution.Tables);
        Assert.NotEmpty(solution.WebResources);
        Assert.NotEmpty(solution.Steps);
    }

    [Fact]
    public void The_sales_add_on_passes_check_on_top_of_the_core_and_fails_without_it()
    {
        using var repo = RepoSolution.WithWebContent();
        var core = SolutionReader.Read(repo.Folder);
        var sales = System.IO.Path.Combine(CxJourney.Tests.Shared.RepoPaths.Root, "SalesSolution");

        var layered = SolutionChecker.Check(new CheckRequest { SolutionFolder = sales, BaseSolutionFolder = repo.Folder, AssemblyFiles = RepoSolution.Assemblies(core) });
        Assert.True(layered.Problems.Count == 0, string.Join(Environment.NewLine, layered.Problems));

        // Alone, its steps name a plug-in type no assembly of its own holds: it cannot be imported first.
        var alone = SolutionChecker.Check(new CheckRequest { SolutionFolder = sales });
        Assert.Equal(4, alone.Problems.Count(p => p.Rule == "plugin-type"));
    }
}

using System;
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
}

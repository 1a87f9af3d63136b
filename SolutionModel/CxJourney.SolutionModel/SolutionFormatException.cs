using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CxJourney.SolutionModel;

/// <summary>
/// Solution/ cannot be used: one or more files are malformed or inconsistent. The message lists
/// every error as "file(line): element: what is wrong"; <see cref="Issues"/> holds them too.
/// </summary>
public sealed class SolutionFormatException : Exception
{
    public SolutionFormatException(string solutionFolder, IReadOnlyList<SolutionIssue> issues)
        : base(Describe(solutionFolder, issues))
    {
        SolutionFolder = solutionFolder;
        Issues = issues;
    }

    public string SolutionFolder { get; }
    public IReadOnlyList<SolutionIssue> Issues { get; }

    private static string Describe(string folder, IReadOnlyList<SolutionIssue> issues)
    {
        var errors = issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        var text = new StringBuilder($"The solution in '{folder}' has {errors.Count} {(errors.Count == 1 ? "error" : "errors")}:");
        foreach (var issue in errors) text.Append(Environment.NewLine).Append("  ").Append(issue);
        return text.ToString();
    }
}

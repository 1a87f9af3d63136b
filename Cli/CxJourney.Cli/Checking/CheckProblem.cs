using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking;

/// <summary>
/// One problem `cxjourney check` reports, printed as one line:
/// "file(line): element: what is wrong — how to fix it".
/// </summary>
public sealed record CheckProblem(string Rule, IssueSeverity Severity, SourceLocation Location, string Problem, string Fix)
{
    public bool IsError => Severity == IssueSeverity.Error;

    public override string ToString()
        => $"{Location}: {(IsError ? "" : "warning: ")}{Problem} — {Fix}";
}

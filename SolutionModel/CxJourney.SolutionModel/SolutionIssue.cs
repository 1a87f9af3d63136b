namespace CxJourney.SolutionModel;

public enum IssueSeverity
{
    Error,
    Warning,
}

/// <summary>One problem found in Solution/: where, and what is wrong.</summary>
public sealed record SolutionIssue(IssueSeverity Severity, SourceLocation Location, string Message)
{
    public override string ToString()
        => $"{Location}: {(Severity == IssueSeverity.Error ? "error" : "warning")}: {Message}";
}

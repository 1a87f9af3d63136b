using System.Collections.Generic;
using System.Linq;

namespace CxJourney.SolutionModel;

/// <summary>
/// What <see cref="SolutionReader.Analyze"/> found: the definition (null when the manifest itself
/// is unusable; otherwise built from every item that could be read) and every issue.
/// </summary>
public sealed record SolutionReadResult(SolutionDefinition? Solution, IReadOnlyList<SolutionIssue> Issues)
{
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
    public IEnumerable<SolutionIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);
}

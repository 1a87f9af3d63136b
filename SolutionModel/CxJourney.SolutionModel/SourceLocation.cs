namespace CxJourney.SolutionModel;

/// <summary>
/// Where an item comes from: the file relative to the solution folder (forward slashes), an
/// XPath-like element path inside it, and the 1-based line when known (0 when not).
/// </summary>
public sealed record SourceLocation(string File, string ElementPath, int Line = 0)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line})" : File;
        return string.IsNullOrEmpty(ElementPath) ? where : $"{where}: {ElementPath}";
    }
}

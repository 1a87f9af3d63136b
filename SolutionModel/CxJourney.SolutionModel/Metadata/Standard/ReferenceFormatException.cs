using System;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>A standard-table reference file that does not follow its format; the message names file and line.</summary>
public sealed class ReferenceFormatException : Exception
{
    public ReferenceFormatException(string fileName, int line, string problem)
        : base($"{fileName} line {line}: {problem}")
    {
        FileName = fileName;
        Line = line;
    }

    public string FileName { get; }
    public int Line { get; }
}

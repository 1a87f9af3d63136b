using System;

namespace CxJourney.Plugins.Domain.Json;

/// <summary>
/// A configuration text that is not valid JSON, or valid JSON of the wrong shape. The message is meant
/// for the admin who typed the environment variable, so it says where (line, column and a JSON path such
/// as <c>$.rules[2].threshold</c>) and what, in plain words:
/// <c>Invalid configuration at line 4, column 17 ($.rules[2].threshold): expected a number but found "high"</c>.
/// </summary>
public sealed class JsonConfigurationException : Exception
{
    public JsonConfigurationException(int line, int column, string path, string reason)
        : base($"Invalid configuration at line {line}, column {column} ({path}): {reason}")
    {
        Line = line;
        Column = column;
        Path = path;
        Reason = reason;
    }

    /// <summary>1-based line of the offending character or value.</summary>
    public int Line { get; }

    /// <summary>1-based column (in UTF-16 characters, a tab counting as one) of the offending character or value.</summary>
    public int Column { get; }

    /// <summary>JSON path of the value being read, e.g. <c>$.rules[2].threshold</c>; <c>$</c> is the whole text.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the location prefix.</summary>
    public string Reason { get; }
}

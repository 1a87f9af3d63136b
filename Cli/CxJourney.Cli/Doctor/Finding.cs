namespace CxJourney.Cli.Doctor;

/// <summary>How a finding counts: only <see cref="Problem"/> needs an admin (and makes doctor exit 1).</summary>
public enum FindingLevel
{
    Ok,
    Info,
    Problem,
}

/// <summary>One line of doctor's report: which check, how it came out, and the detail an admin acts on.</summary>
public sealed record Finding(string Check, FindingLevel Level, string Detail);

namespace CxJourney.Emulator.Import;

/// <summary>What an import did: the solution, its version, and whether anything changed.</summary>
public sealed record SolutionImportResult(string UniqueName, string Version, bool Managed, bool Changed, int Tables, int Steps, int EnvironmentVariables, int WebResources);

/// <summary>A solution zip the organization cannot import; the message is what an import job reports.</summary>
public sealed class SolutionImportException : System.Exception
{
    public SolutionImportException(string message, System.Exception inner) : base(message, inner) { }
}

namespace CxJourney.Emulator.Import;

/// <summary>What an import did: the solution, its version, and whether anything changed.</summary>
public sealed record SolutionImportResult(string UniqueName, string Version, bool Managed, bool Changed, int Tables, int Steps, int EnvironmentVariables, int WebResources);

namespace CxJourney.SolutionModel;

/// <summary>&lt;type&gt; of an environment variable definition.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition#BKMK_Type
public enum EnvironmentVariableType
{
    String = 100000000,
    Number = 100000001,
    Boolean = 100000002,
    Json = 100000003,
    DataSource = 100000004,
    Secret = 100000005,
}

/// <summary>
/// An environment variable, from environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml,
/// with the current value from environmentvariablevalues.json beside it when the solution ships one.
/// </summary>
public sealed record EnvironmentVariableDefinition
{
    public required string SchemaName { get; init; }
    public string DisplayName { get; init; } = "";
    public string? Description { get; init; }
    public required EnvironmentVariableType Type { get; init; }
    public string? DefaultValue { get; init; }

    /// <summary>The value shipped in environmentvariablevalues.json, or null.</summary>
    public string? CurrentValue { get; init; }

    /// <summary>environmentvariablevalues.json relative to the solution folder when the solution ships one (the packer copies it).</summary>
    public string? ValuesFile { get; init; }
    public bool IsRequired { get; init; }
    public bool IsCustomizable { get; init; } = true;
    public int? SecretStore { get; init; }
    public string? IntroducedVersion { get; init; }
    public required SourceLocation Source { get; init; }

    /// <summary>What the variable resolves to: the current value if any, else the default.</summary>
    public string? EffectiveValue => CurrentValue ?? DefaultValue;

    public override string ToString() => SchemaName;
}

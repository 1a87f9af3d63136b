using System;
using System.Collections.Generic;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel;

/// <summary>
/// An &lt;optionset&gt;: a global choice (OptionSets/&lt;name&gt;.xml) or a column's own set inside
/// Entity.xml (picklist, bit, state or status).
/// </summary>
public sealed record OptionSetDefinition
{
    public required string Name { get; init; }
    public string DisplayName { get; init; } = "";
    public string? Description { get; init; }
    public required ChoiceKind Kind { get; init; }
    public bool IsGlobal { get; init; }
    public IReadOnlyList<ChoiceOption> Options { get; init; } = Array.Empty<ChoiceOption>();
    public required SourceLocation Source { get; init; }

    public override string ToString() => $"{Name} ({Options.Count} options)";
}

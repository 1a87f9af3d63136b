using System.Collections.Generic;

namespace CxJourney.WebApi.Json;

/// <summary>A record as the response writes it: its etag and its properties in output order.</summary>
internal sealed class ShapedRecord
{
    public string? ETag { get; init; }

    public List<ShapedProperty> Properties { get; } = new();
}

/// <summary>
/// One property of a response record. <see cref="Value"/> is JSON-ready. A lookup also names its
/// target table and the navigation property it is set through; an expansion carries the related
/// record (null when the lookup is empty).
/// </summary>
internal sealed record ShapedProperty(string Name, object? Value, string? Formatted = null)
{
    public string? LookupTable { get; init; }

    public string? NavigationProperty { get; init; }

    public bool IsExpansion { get; init; }

    public ShapedRecord? Expanded { get; init; }
}

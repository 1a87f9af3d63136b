using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>Reading what a query row carries from its link-entities, and row versions, the one way every reader does.</summary>
public static class QueryRows
{
    /// <summary>The row version column, requested where a later write is guarded by it (optimistic concurrency).</summary>
    public const string VersionNumber = "versionnumber";

    /// <summary>The value of <paramref name="column"/> of the link aliased <paramref name="alias"/>, or null (an outer join that found no row).</summary>
    public static object? Aliased(this Entity row, string alias, string column) =>
        row.Attributes.TryGetValue(alias + "." + column, out var value) && value is AliasedValue aliased ? aliased.Value : null;

    /// <summary>A row version as the concurrency token an UpdateRequest carries (the column's value is a long).</summary>
    public static string? Version(object? value) => value == null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}

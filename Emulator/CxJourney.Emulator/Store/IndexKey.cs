using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// Turns a column value into the key an index files it under, so that the SDK's wrapper types
/// (EntityReference, OptionSetValue, Money) and the raw values a query condition carries (Guid,
/// int, decimal) meet on the same key. Strings compare case-insensitively, as Dataverse's
/// default SQL collation does, which is also what alternate-key uniqueness follows.
/// </summary>
public static class IndexKey
{
    public static readonly IEqualityComparer<object> Comparer = new KeyComparer();

    /// <summary>The key for a value, or null when the value is not indexable (null, collections).</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        EntityReference reference => reference.Id,
        OptionSetValue option => (long)option.Value,
        Money money => money.Value,
        Guid guid => guid,
        string text => text,
        bool flag => flag,
        int number => (long)number,
        long number => number,
        short number => (long)number,
        decimal number => number,
        double number => number,
        float number => (double)number,
        DateTime moment => moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : DateTime.SpecifyKind(moment, DateTimeKind.Utc),
        Enum enumValue => Convert.ToInt64(enumValue, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private sealed class KeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y)
        {
            if (x is string a && y is string b) return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
            return object.Equals(x, y);
        }

        public int GetHashCode(object obj) =>
            obj is string text ? StringComparer.OrdinalIgnoreCase.GetHashCode(text) : obj.GetHashCode();
    }
}

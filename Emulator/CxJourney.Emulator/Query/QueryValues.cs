using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Value semantics of Dataverse's SQL store: every value is reduced to a comparable scalar (a lookup to its id,
/// a choice to its number, money to its amount, every integer to decimal), strings compare like the default
/// case- and accent-insensitive collation, and unique identifiers sort in SQL Server's byte order.
/// </summary>
internal static class QueryValues
{
    // Dataverse databases use a case-insensitive, accent-insensitive collation (Latin1_General_CI_AI).
    private const CompareOptions Collation =
        CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    private static readonly CompareInfo Culture = CultureInfo.InvariantCulture.CompareInfo;

    public static readonly IEqualityComparer<object> KeyComparer = new ScalarEqualityComparer();

    /// <summary>The comparable scalar of a stored or condition value; null stays null.</summary>
    public static object? Normalize(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string or Guid or bool or decimal:
                return value;
            case EntityReference reference:
                return reference.Id;
            case OptionSetValue option:
                return (decimal)option.Value;
            case Money money:
                return money.Value;
            case AliasedValue aliased:
                return Normalize(aliased.Value);
            case int i:
                return (decimal)i;
            case long l:
                return (decimal)l;
            case short s:
                return (decimal)s;
            case byte b:
                return (decimal)b;
            case double d:
                return d;
            case float f:
                return (double)f;
            case DateTime dt:
                return ToUtc(dt);
            case DateTimeOffset dto:
                return dto.UtcDateTime;
            case Enum e:
                return (decimal)Convert.ToInt64(e, CultureInfo.InvariantCulture);
            default:
                return value;
        }
    }

    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    /// <summary>Orders two non-null normalized values; values of unrelated types order by type name so sorting stays total.</summary>
    public static int Compare(object a, object b)
    {
        switch (a)
        {
            case string sa when b is string sb:
                return CompareStrings(sa, sb);
            case decimal da when b is decimal db:
                return da.CompareTo(db);
            case decimal da when b is double db:
                return ((double)da).CompareTo(db);
            case double da when b is double db:
                return da.CompareTo(db);
            case double da when b is decimal db:
                return da.CompareTo((double)db);
            case DateTime ta when b is DateTime tb:
                return ta.CompareTo(tb);
            case Guid ga when b is Guid gb:
                return CompareGuids(ga, gb);
            case SqlOrderedGuid oa when b is SqlOrderedGuid ob:
                return oa.CompareTo(ob);
            case bool ba when b is bool bb:
                return ba.CompareTo(bb);
            case Guid ga when b is string sb && TryParseGuid(sb, out Guid gb):
                return CompareGuids(ga, gb);
            case string sa when b is Guid gb && TryParseGuid(sa, out Guid ga):
                return CompareGuids(ga, gb);
            case string sa:
                return CompareStrings(sa, Convert.ToString(b, CultureInfo.InvariantCulture) ?? string.Empty);
            default:
                if (b is string sb2) return CompareStrings(Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty, sb2);
                int byType = string.CompareOrdinal(a.GetType().Name, b.GetType().Name);
                if (byType != 0) return byType;
                return a is IComparable comparable ? comparable.CompareTo(b) : 0;
        }
    }

    /// <summary>SQL equality of two non-null normalized values (trailing spaces are not significant for strings).</summary>
    public static bool AreEqual(object a, object b)
    {
        if (a is string sa && b is string sb) return CompareStrings(sa.TrimEnd(' '), sb.TrimEnd(' ')) == 0;
        return Compare(a, b) == 0;
    }

    public static int CompareStrings(string a, string b) => Culture.Compare(a, b, Collation);

    /// <summary>SQL Server orders uniqueidentifier by bytes 10-15, then 8-9, 6-7, 4-5, 0-3.</summary>
    public static int CompareGuids(Guid a, Guid b)
    {
        Span<byte> left = stackalloc byte[16];
        Span<byte> right = stackalloc byte[16];
        a.TryWriteBytes(left);
        b.TryWriteBytes(right);
        foreach (int i in SqlGuidByteOrder)
        {
            if (left[i] != right[i]) return left[i] < right[i] ? -1 : 1;
        }

        return 0;
    }

    internal static readonly int[] SqlGuidByteOrder = { 10, 11, 12, 13, 14, 15, 8, 9, 6, 7, 4, 5, 0, 1, 2, 3 };

    public static bool TryParseGuid(string text, out Guid value) => Guid.TryParse(text.Trim(), out value);

    /// <summary>Hashes and compares normalized values with the same rules as <see cref="AreEqual"/>, for join and group keys.</summary>
    private sealed class ScalarEqualityComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y)
        {
            if (x is null || y is null) return x is null && y is null;
            if (x is KeyTuple tx && y is KeyTuple ty) return tx.Equals(ty);
            return AreEqual(x, y);
        }

        public int GetHashCode(object obj) => obj switch
        {
            string s => Culture.GetHashCode(s.TrimEnd(' '), Collation),
            decimal d => ((double)d).GetHashCode(),
            double d => d.GetHashCode(),
            _ => obj.GetHashCode(),
        };
    }

    /// <summary>A composite key (grouping, distinct) with the collation-aware equality of its parts.</summary>
    public sealed class KeyTuple : IEquatable<KeyTuple>
    {
        private readonly object?[] _parts;
        private readonly int _hash;

        public KeyTuple(object?[] parts)
        {
            _parts = parts;
            var hash = new HashCode();
            foreach (object? part in parts) hash.Add(part is null ? 0 : KeyComparer.GetHashCode(part));
            _hash = hash.ToHashCode();
        }

        public bool Equals(KeyTuple? other)
        {
            if (other is null || other._parts.Length != _parts.Length) return false;
            for (int i = 0; i < _parts.Length; i++)
            {
                if (!KeyComparer.Equals(_parts[i], other._parts[i])) return false;
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is KeyTuple other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}

/// <summary>A unique identifier turned once into two numbers that order like SQL Server orders it, for sorting many rows.</summary>
internal readonly struct SqlOrderedGuid : IComparable<SqlOrderedGuid>
{
    private readonly ulong _high;
    private readonly ulong _low;

    private SqlOrderedGuid(ulong high, ulong low)
    {
        _high = high;
        _low = low;
    }

    public static SqlOrderedGuid From(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes);
        ulong high = 0;
        ulong low = 0;
        for (int i = 0; i < 8; i++) high = (high << 8) | bytes[QueryValues.SqlGuidByteOrder[i]];
        for (int i = 8; i < 16; i++) low = (low << 8) | bytes[QueryValues.SqlGuidByteOrder[i]];
        return new SqlOrderedGuid(high, low);
    }

    public int CompareTo(SqlOrderedGuid other)
    {
        int high = _high.CompareTo(other._high);
        return high != 0 ? high : _low.CompareTo(other._low);
    }
}

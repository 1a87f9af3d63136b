using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// A total order on facts: time first, then every other field. Sorting by it makes results independent of
/// the order a query or the pipeline delivered facts in (including floating-point sums), and picking the
/// greatest of several facts with one key makes de-duplication deterministic.
/// </summary>
internal sealed class FactOrder : IComparer<TouchpointFact>
{
    public static readonly FactOrder Instance = new();

    public int Compare(TouchpointFact? x, TouchpointFact? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x == null) return -1;
        if (y == null) return 1;
        var c = x.OccurredOn.CompareTo(y.OccurredOn);
        if (c != 0) return c;
        // At the same instant a customer message sorts before our reply, so a reply stamped with the same second answers it.
        c = DirectionRank(x.Direction).CompareTo(DirectionRank(y.Direction));
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Key, y.Key);
        if (c != 0) return c;
        c = ((int)x.Channel).CompareTo((int)y.Channel);
        if (c != 0) return c;
        c = ((int)x.Kind).CompareTo((int)y.Kind);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.ThreadKey, y.ThreadKey);
        if (c != 0) return c;
        c = Nullable.Compare(x.Sentiment, y.Sentiment);
        if (c != 0) return c;
        c = Nullable.Compare(x.NpsScore, y.NpsScore);
        if (c != 0) return c;
        return Nullable.Compare(x.CsatScore, y.CsatScore);
    }

    private static int DirectionRank(TouchpointDirection d) =>
        d == TouchpointDirection.Inbound ? 0 : d == TouchpointDirection.Internal ? 1 : 2;

    /// <summary>Facts with distinct keys, in this order; of several facts sharing a key the greatest is kept.</summary>
    public static List<TouchpointFact> DistinctSorted(IEnumerable<TouchpointFact> facts)
    {
        if (facts == null) throw new ArgumentNullException(nameof(facts));
        var byKey = new Dictionary<string, TouchpointFact>(StringComparer.Ordinal);
        foreach (var f in facts)
        {
            if (f == null) throw new ArgumentException("The facts contain a null.", nameof(facts));
            if (!byKey.TryGetValue(f.Key, out var existing) || Instance.Compare(f, existing) > 0)
                byKey[f.Key] = f;
        }
        var list = new List<TouchpointFact>(byKey.Values);
        list.Sort(Instance);
        return list;
    }
}

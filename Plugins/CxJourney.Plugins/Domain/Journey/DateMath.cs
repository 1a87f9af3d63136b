using System;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>Null-aware min/max: the merge operations that make journey signals order-independent.</summary>
internal static class DateMath
{
    public static DateTime? Max(DateTime? a, DateTime? b)
    {
        if (!a.HasValue) return b;
        if (!b.HasValue) return a;
        return a.Value >= b.Value ? a : b;
    }

    public static DateTime? Min(DateTime? a, DateTime? b)
    {
        if (!a.HasValue) return b;
        if (!b.HasValue) return a;
        return a.Value <= b.Value ? a : b;
    }

    /// <summary>a is strictly later than b, where a missing b counts as "long ago".</summary>
    public static bool After(DateTime? a, DateTime? b) => a.HasValue && (!b.HasValue || a.Value > b.Value);
}

using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// How long the customer waited for each reply of a thread: the same walk as <see cref="ThreadRollup"/>
/// (a customer message starts a wait unless one runs, a reply ends it and is timed from the wait's first
/// message, a case closure ends it untimed), answered per reply so the time can be stored on the reply
/// touchpoint (cx_responseminutes) and summed by an aggregate query. Over a whole thread, the count and sum
/// of the non-null results are ThreadRollup's ResponseCount and TotalResponseTime (to the stored precision).
/// </summary>
public static class ReplyWaits
{
    /// <summary>The stored precision of cx_responseminutes (Accuracy 2).</summary>
    public const int Decimals = 2;

    /// <summary>Every reply among <paramref name="rows"/>, by key, with the minutes it answered a wait after, or null when nothing was waiting.</summary>
    public static IReadOnlyDictionary<string, decimal?> Compute(IEnumerable<ThreadRow> rows)
    {
        if (rows == null) throw new ArgumentNullException(nameof(rows));
        var facts = rows.Where(r => TouchpointChoices.IsKnownKind(r.Kind))
            .Select(r => TouchpointChoices.Fact(r.Key, r.Channel, r.Direction, r.Kind, r.OccurredOn, r.ThreadKey));
        var result = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        DateTime? waitingSince = null;
        foreach (var f in FactOrder.DistinctSorted(facts))
        {
            if (TouchpointRules.IsCaseClose(f))
            {
                waitingSince = null;
                continue;
            }
            if (TouchpointRules.IsCustomerMessage(f))
            {
                waitingSince ??= f.OccurredOn;
            }
            else if (TouchpointRules.IsReply(f))
            {
                result[f.Key] = waitingSince.HasValue ? Minutes(f.OccurredOn - waitingSince.Value) : null;
                waitingSince = null;
            }
        }
        return result;
    }

    public static decimal Minutes(TimeSpan wait) => Math.Round((decimal)wait.Ticks / TimeSpan.TicksPerMinute, Decimals, MidpointRounding.AwayFromZero);
}

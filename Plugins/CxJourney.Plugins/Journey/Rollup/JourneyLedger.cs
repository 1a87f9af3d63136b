using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// What the journey rollup has counted, kept on the journey row (cx_rollupstate) so a new touchpoint is ADDED to
/// it instead of the whole history being read again. It holds exactly what the aggregate queries of a full
/// recompute return (<see cref="GroupRow"/>s, the wait starts, the latest scored inbound touchpoints), so both
/// paths feed the same <see cref="JourneyAggregate"/> and <see cref="JourneyRollup.FromSummary"/>:
/// <list type="bullet">
/// <item>counts, first/last instants, sentiment sums and reply-time sums per group are sums, minima and maxima,
///   so adding rows in any order gives what the database would compute over all of them;</item>
/// <item>the latest 2N scored inbound touchpoints of a union are among the latest 2N of each part, so merging
///   the new ones in is exact;</item>
/// <item>reply pairing is a walk in time order: a new customer message, reply or case closure can be added only
///   when it comes strictly after everything its thread has paired so far. <see cref="Add"/> refuses (null)
///   otherwise, and the caller recomputes from the touchpoints (an earlier message changes replies already
///   timed).</item>
/// </list>
/// <para><see cref="Unlinked"/> lists touchpoints counted here but not yet linked to the journey (the rollup writes
/// the journey first, then links): with the linked ones they are the set counted, the rollup's watermark.</para>
/// Immutable and pure.
/// </summary>
public sealed partial class JourneyLedger
{
    private readonly Dictionary<RowKey, GroupRow> _rows;
    private readonly Dictionary<string, DateTime> _waitStarts;
    private readonly List<SentimentPoint> _recent;
    private readonly HashSet<string> _unlinked;

    private JourneyLedger(Dictionary<RowKey, GroupRow> rows, Dictionary<string, DateTime> waitStarts, List<SentimentPoint> recent,
        int recentCapacity, HashSet<string> unlinked)
    {
        _rows = rows;
        _waitStarts = waitStarts;
        _recent = recent;
        RecentCapacity = recentCapacity;
        _unlinked = unlinked;
    }

    /// <summary>How many latest scored inbound touchpoints are kept; fewer kept means there are no more.</summary>
    public int RecentCapacity { get; }

    /// <summary>Keys of touchpoints counted but possibly not linked yet.</summary>
    public IReadOnlyCollection<string> Unlinked => _unlinked;

    public IReadOnlyDictionary<string, DateTime> WaitStarts => _waitStarts;

    public int RowCount => _rows.Count;

    public static JourneyLedger Empty(int recentCapacity) =>
        new(new Dictionary<RowKey, GroupRow>(), new Dictionary<string, DateTime>(StringComparer.Ordinal), new List<SentimentPoint>(),
            Math.Max(1, recentCapacity), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>A ledger from a full recompute's query results (the latest <paramref name="recentCapacity"/> scored inbound touchpoints asked for).</summary>
    public static JourneyLedger FromQueries(IEnumerable<GroupRow> rows, IReadOnlyDictionary<string, DateTime> waitStarts,
        IReadOnlyList<SentimentPoint> recent, int recentCapacity, IEnumerable<string> unlinked)
    {
        var byKey = new Dictionary<RowKey, GroupRow>();
        foreach (var row in rows) byKey[RowKey.Of(row)] = byKey.TryGetValue(RowKey.Of(row), out var seen) ? Merge(seen, row) : row;
        return new JourneyLedger(byKey, new Dictionary<string, DateTime>(waitStarts.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal),
            Ordered(recent).Take(recentCapacity).ToList(), Math.Max(1, recentCapacity), new HashSet<string>(unlinked, StringComparer.Ordinal));
    }

    public JourneyAggregate Aggregate() => JourneyAggregate.From(_rows.Values);

    /// <summary>Whether the latest <paramref name="take"/> scored inbound touchpoints are all known.</summary>
    public bool Knows(int take) => take <= RecentCapacity || _recent.Count < RecentCapacity;

    /// <summary>The latest <paramref name="take"/> scored inbound touchpoints, newest first (at one instant the greater key first).</summary>
    public IReadOnlyList<SentimentPoint> Recent(int take) => _recent.Take(take).ToList();

    public JourneyLedger WithUnlinked(IEnumerable<string> unlinked) =>
        new(_rows, _waitStarts, _recent, RecentCapacity, new HashSet<string>(unlinked, StringComparer.Ordinal));

    /// <summary>
    /// This ledger with <paramref name="burst"/> counted (touchpoints not counted before, any order), keeping the
    /// latest <paramref name="recentCapacity"/> scored inbound touchpoints; null when it cannot be done exactly (a
    /// thread's customer message, reply or closure not after everything the thread has paired, or more recent
    /// sentiments asked for than are known). <paramref name="replyMinutes"/>: each reply of the burst with the
    /// minutes it answered a wait after (null when nothing waited), as <see cref="ReplyWaits"/> computes them.
    /// </summary>
    public JourneyLedger? Add(IReadOnlyList<CountedTouchpoint> burst, int recentCapacity, out IReadOnlyDictionary<string, decimal?> replyMinutes)
    {
        if (burst == null) throw new ArgumentNullException(nameof(burst));
        var minutes = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        replyMinutes = minutes;
        if (!Knows(recentCapacity)) return null;

        var active = burst.Where(t => t.IsActive).ToList();
        var before = Aggregate();
        var waiting = new Dictionary<string, DateTime?>(StringComparer.Ordinal);
        foreach (var thread in active.Where(t => t.IsThreadRelevant).GroupBy(t => t.Thread ?? string.Empty, StringComparer.Ordinal))
        {
            var last = before.LastPairingOn(thread.Key);
            if (last.HasValue && thread.Any(t => t.OccurredOn <= last.Value)) return null;
            var since = before.WaitingSince(thread.Key, _waitStarts);
            var facts = thread.Select(t => TouchpointChoices.Fact(t.Key, t.Channel, t.Direction, t.Kind, t.OccurredOn, t.Thread));
            foreach (var f in FactOrder.DistinctSorted(facts))
            {
                if (TouchpointRules.IsCaseClose(f)) since = null;
                else if (TouchpointRules.IsCustomerMessage(f)) since ??= f.OccurredOn;
                else if (TouchpointRules.IsReply(f))
                {
                    minutes[f.Key] = since.HasValue ? ReplyWaits.Minutes(f.OccurredOn - since.Value) : null;
                    since = null;
                }
            }
            waiting[thread.Key] = since;
        }

        var rows = new Dictionary<RowKey, GroupRow>(_rows);
        foreach (var t in active)
        {
            minutes.TryGetValue(t.Key, out var m);
            var row = new GroupRow(t.Thread, t.Channel, t.Direction, t.Kind, t.Band, 1, t.OccurredOn, t.OccurredOn)
            {
                SentimentSum = t.Sentiment ?? 0,
                SentimentCount = t.Sentiment.HasValue ? 1 : 0,
                ResponseMinutesSum = m ?? 0m,
                ResponseCount = m.HasValue ? 1 : 0,
                LongestResponseMinutes = m,
            };
            var key = RowKey.Of(row);
            rows[key] = rows.TryGetValue(key, out var seen) ? Merge(seen, row) : row;
        }

        var after = JourneyAggregate.From(rows.Values);
        var starts = new Dictionary<string, DateTime>(_waitStarts, StringComparer.Ordinal);
        var cutoffs = new HashSet<string>(after.WaitCutoffs.Select(c => c.ThreadKey ?? string.Empty), StringComparer.Ordinal);
        foreach (var thread in waiting)
        {
            if (cutoffs.Contains(thread.Key) && thread.Value.HasValue) starts[thread.Key] = thread.Value.Value;
            else starts.Remove(thread.Key);
        }

        var scored = active.Where(t => t.Direction == Choices.Direction.Inbound && t.Sentiment.HasValue)
            .Select(t => new SentimentPoint(t.Key, t.OccurredOn, t.Sentiment!.Value));
        var capacity = Math.Max(RecentCapacity, recentCapacity);
        var recent = Ordered(_recent.Concat(scored)).Take(capacity).ToList();

        var unlinked = new HashSet<string>(_unlinked, StringComparer.Ordinal);
        unlinked.UnionWith(burst.Select(t => t.Key));
        return new JourneyLedger(rows, starts, recent, capacity, unlinked);
    }

    private static IEnumerable<SentimentPoint> Ordered(IEnumerable<SentimentPoint> points) =>
        points.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.First())
            .OrderByDescending(p => p.OccurredOn).ThenByDescending(p => p.Key, StringComparer.Ordinal);

    private static GroupRow Merge(GroupRow a, GroupRow b) =>
        new(a.ThreadKey, a.Channel, a.Direction, a.Kind, a.Band, a.Count + b.Count,
            a.FirstOn <= b.FirstOn ? a.FirstOn : b.FirstOn, a.LastOn >= b.LastOn ? a.LastOn : b.LastOn)
        {
            SentimentSum = a.SentimentSum + b.SentimentSum,
            SentimentCount = a.SentimentCount + b.SentimentCount,
            ResponseMinutesSum = a.ResponseMinutesSum + b.ResponseMinutesSum,
            ResponseCount = a.ResponseCount + b.ResponseCount,
            LongestResponseMinutes = !a.LongestResponseMinutes.HasValue ? b.LongestResponseMinutes
                : !b.LongestResponseMinutes.HasValue ? a.LongestResponseMinutes
                : Math.Max(a.LongestResponseMinutes.Value, b.LongestResponseMinutes.Value),
        };

    private readonly struct RowKey : IEquatable<RowKey>
    {
        private RowKey(string thread, int channel, int direction, int kind, int? band)
        {
            Thread = thread;
            Channel = channel;
            Direction = direction;
            Kind = kind;
            Band = band;
        }

        public string Thread { get; }
        public int Channel { get; }
        public int Direction { get; }
        public int Kind { get; }
        public int? Band { get; }

        public static RowKey Of(GroupRow row) => new(row.ThreadKey ?? string.Empty, row.Channel, row.Direction, row.Kind, row.Band);

        public bool Equals(RowKey other) =>
            Channel == other.Channel && Direction == other.Direction && Kind == other.Kind && Band == other.Band && string.Equals(Thread, other.Thread, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

        public override int GetHashCode() =>
            ((((StringComparer.Ordinal.GetHashCode(Thread) * 31 + Channel) * 31 + Direction) * 31 + Kind) * 31) + (Band ?? -1);
    }
}

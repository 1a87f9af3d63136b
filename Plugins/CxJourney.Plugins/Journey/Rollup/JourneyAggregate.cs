using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// Turns the rows of the journey's aggregate query into the domain's <see cref="JourneySummary"/> (so
/// <see cref="JourneyRollup.FromSummary"/> decides stage, waits, response times and sentiment), plus the
/// counts the journey stores per stored channel value. Everything is a sum, min or max over rows, so the
/// result depends only on the rows: the same touchpoints give the same journey however often, and in
/// whatever order, the rollup runs.
/// <para>Per thread: the case opened and closed instants, the latest customer message and answer, and the
/// reply times stored on replies (<see cref="ReplyWaits"/>). A thread whose latest customer message is later
/// than its latest answer is waiting; when it was answered before, when its wait began is the earliest
/// customer message after that answer, which <see cref="WaitCutoffs"/> asks a second query for. A customer
/// message at the very instant of an answer counts as answered (the domain orders inbound first).</para>
/// </summary>
public sealed class JourneyAggregate
{
    private readonly List<GroupRow> _rows;
    private readonly Dictionary<string, ThreadFacts> _threads;

    private JourneyAggregate(List<GroupRow> rows)
    {
        _rows = rows;
        _threads = new Dictionary<string, ThreadFacts>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => TouchpointChoices.IsKnownKind(r.Kind)))
        {
            var key = row.ThreadKey ?? string.Empty;
            if (!_threads.TryGetValue(key, out var t)) _threads[key] = t = new ThreadFacts(row.ThreadKey);
            t.Add(row);
        }
    }

    public static JourneyAggregate From(IEnumerable<GroupRow> rows)
    {
        if (rows == null) throw new ArgumentNullException(nameof(rows));
        return new JourneyAggregate(rows.ToList());
    }

    public int Total => _rows.Sum(r => r.Count);

    public int Count(int direction) => _rows.Where(r => r.Direction == direction).Sum(r => r.Count);

    /// <summary>Touchpoints per stored cx_channel value.</summary>
    public IReadOnlyDictionary<int, int> ByChannel =>
        _rows.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));

    public DateTime? FirstOn => _rows.Count == 0 ? null : _rows.Min(r => r.FirstOn);

    public DateTime? LastOn => _rows.Count == 0 ? null : _rows.Max(r => r.LastOn);

    /// <summary>The latest group; at the same instant the greatest channel, then direction, value (as the domain breaks ties).</summary>
    public GroupRow? Latest => _rows.OrderByDescending(r => r.LastOn).ThenByDescending(r => r.Channel).ThenByDescending(r => r.Direction).FirstOrDefault();

    public DateTime? LastInboundOn
    {
        get
        {
            var inbound = _rows.Where(r => r.Direction == Choices.Direction.Inbound).ToList();
            return inbound.Count == 0 ? null : inbound.Max(r => r.LastOn);
        }
    }

    /// <summary>Waiting threads that were answered before: the second query finds where their wait began.</summary>
    public IReadOnlyList<WaitCutoff> WaitCutoffs =>
        _threads.Values.Where(t => t.IsWaiting && t.LastAnswer.HasValue)
            .OrderBy(t => t.Key ?? string.Empty, StringComparer.Ordinal)
            .Select(t => new WaitCutoff(t.Key, t.LastAnswer!.Value)).ToList();

    /// <summary>The latest customer message, reply or case closure of the thread (key "" or null: the general conversation), or null.</summary>
    public DateTime? LastPairingOn(string? threadKey) =>
        _threads.TryGetValue(threadKey ?? string.Empty, out var t) ? DateMath.Max(t.LastCustomerMessage, t.LastAnswer) : null;

    /// <summary>When the thread's running wait began (null: nothing waits), with <paramref name="waitStarts"/> as for <see cref="ToSummary"/>.</summary>
    public DateTime? WaitingSince(string? threadKey, IReadOnlyDictionary<string, DateTime> waitStarts)
    {
        if (!_threads.TryGetValue(threadKey ?? string.Empty, out var t) || !t.IsWaiting) return null;
        if (!t.LastAnswer.HasValue) return t.FirstCustomerMessage;
        return waitStarts.TryGetValue(threadKey ?? string.Empty, out var start) ? start : null;
    }

    /// <param name="waitStarts">For each thread of <see cref="WaitCutoffs"/> (key "" for the general conversation), the earliest customer message after its answer.</param>
    /// <param name="recentSentiments">The latest 2N scored inbound touchpoints (N = the options' sentiment window).</param>
    public JourneySummary ToSummary(IReadOnlyDictionary<string, DateTime> waitStarts, IReadOnlyList<SentimentPoint> recentSentiments)
    {
        if (waitStarts == null) throw new ArgumentNullException(nameof(waitStarts));
        if (recentSentiments == null) throw new ArgumentNullException(nameof(recentSentiments));

        var groups = _rows.Where(r => TouchpointChoices.IsKnownKind(r.Kind))
            .GroupBy(r => new
            {
                Channel = TouchpointChoices.Channel(r.Channel),
                Direction = TouchpointChoices.Direction(r.Direction),
                Kind = TouchpointChoices.Kind(r.Kind),
                Band = TouchpointChoices.Band(r.Band),
            })
            .Select(g => new TouchpointGroup(g.Key.Channel, g.Key.Direction, g.Key.Kind, g.Key.Band, g.Sum(r => r.Count),
                g.Min(r => r.FirstOn), g.Max(r => r.LastOn), g.Sum(r => r.SentimentSum), g.Sum(r => r.SentimentCount)))
            .ToList();

        var threads = new List<ThreadSummary>();
        foreach (var t in _threads.Values.OrderBy(t => t.Key ?? string.Empty, StringComparer.Ordinal))
        {
            DateTime? waitingSince = null;
            if (t.IsWaiting)
            {
                if (!t.LastAnswer.HasValue) waitingSince = t.FirstCustomerMessage;
                else if (waitStarts.TryGetValue(t.Key ?? string.Empty, out var start)) waitingSince = start;
                else throw new ArgumentException($"Thread '{t.Key}' is waiting since an answer; its first unanswered message is missing.", nameof(waitStarts));
            }
            threads.Add(new ThreadSummary(t.Key ?? string.Empty, waitingSince, t.ResponseCount,
                TimeSpan.FromTicks((long)(t.ResponseMinutes * TimeSpan.TicksPerMinute)),
                TimeSpan.FromTicks((long)(t.LongestResponseMinutes * TimeSpan.TicksPerMinute)),
                t.LastCustomerMessage, t.LastReply, t.CaseOpened, t.CaseClosed));
        }
        return new JourneySummary(groups, threads, recentSentiments);
    }

    private sealed class ThreadFacts
    {
        public ThreadFacts(string? key) { Key = key; }

        public string? Key { get; }
        public DateTime? FirstCustomerMessage { get; private set; }
        public DateTime? LastCustomerMessage { get; private set; }
        public DateTime? LastReply { get; private set; }
        public DateTime? CaseOpened { get; private set; }
        public DateTime? CaseClosed { get; private set; }
        public int ResponseCount { get; private set; }
        public decimal ResponseMinutes { get; private set; }
        public decimal LongestResponseMinutes { get; private set; }

        public DateTime? LastAnswer => DateMath.Max(LastReply, CaseClosed);

        public bool IsWaiting => LastCustomerMessage.HasValue && DateMath.After(LastCustomerMessage, LastAnswer);

        public void Add(GroupRow row)
        {
            if (row.IsCaseOpen) CaseOpened = DateMath.Max(CaseOpened, row.LastOn);
            if (row.IsCaseClose) CaseClosed = DateMath.Max(CaseClosed, row.LastOn);
            else if (row.IsCustomerMessage)
            {
                FirstCustomerMessage = DateMath.Min(FirstCustomerMessage, row.FirstOn);
                LastCustomerMessage = DateMath.Max(LastCustomerMessage, row.LastOn);
            }
            else if (row.IsReply) LastReply = DateMath.Max(LastReply, row.LastOn);
            ResponseCount += row.ResponseCount;
            ResponseMinutes += row.ResponseMinutesSum;
            if (row.LongestResponseMinutes.HasValue && row.LongestResponseMinutes.Value > LongestResponseMinutes)
                LongestResponseMinutes = row.LongestResponseMinutes.Value;
        }
    }
}

using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Everything <see cref="JourneyRollup.FromSummary"/> needs, in the shape three cheap queries return:
/// an aggregate grouped by channel/direction/kind/feedback (<see cref="Groups"/>), the per-thread summaries
/// (<see cref="Threads"/>), and the latest 2×N scored inbound touchpoints (<see cref="RecentSentiments"/>,
/// N = <see cref="JourneyOptions.SentimentWindow"/>).
/// </summary>
public sealed class JourneySummary
{
    public JourneySummary(IReadOnlyList<TouchpointGroup> groups, IReadOnlyList<ThreadSummary> threads, IReadOnlyList<SentimentPoint> recentSentiments)
    {
        Groups = groups ?? throw new ArgumentNullException(nameof(groups));
        Threads = threads ?? throw new ArgumentNullException(nameof(threads));
        RecentSentiments = recentSentiments ?? throw new ArgumentNullException(nameof(recentSentiments));
    }

    public IReadOnlyList<TouchpointGroup> Groups { get; }
    public IReadOnlyList<ThreadSummary> Threads { get; }
    public IReadOnlyList<SentimentPoint> RecentSentiments { get; }
}

using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Reply pairing within one case or conversation. Walking the thread's touchpoints in time order:
/// a customer message (<see cref="TouchpointRules.IsCustomerMessage"/>) starts a wait unless one is already
/// running; our reply (<see cref="TouchpointRules.IsReply"/>) ends the running wait and records its
/// first-response time (from the wait's first message, however many followed); a case closure ends the wait
/// without counting a response (the customer is no longer waiting, but we never answered). Internal notes,
/// surveys, web visits and drafts or scheduled activities neither start nor end a wait.
/// </summary>
public static class ThreadRollup
{
    /// <summary>Summary of one thread's touchpoints (any order; duplicates by key are counted once).</summary>
    public static ThreadSummary Summarize(string threadKey, IEnumerable<TouchpointFact> threadFacts)
    {
        var facts = FactOrder.DistinctSorted(threadFacts);
        DateTime? waitingSince = null;
        DateTime? lastCustomer = null, lastReply = null, opened = null, closed = null;
        var responses = 0;
        var total = TimeSpan.Zero;
        var longest = TimeSpan.Zero;
        foreach (var f in facts)
        {
            if (TouchpointRules.IsCaseOpen(f))
                opened = DateMath.Max(opened, f.OccurredOn);
            if (TouchpointRules.IsCaseClose(f))
            {
                closed = DateMath.Max(closed, f.OccurredOn);
                waitingSince = null;
                continue;
            }
            if (TouchpointRules.IsCustomerMessage(f))
            {
                lastCustomer = f.OccurredOn;
                waitingSince ??= f.OccurredOn;
            }
            else if (TouchpointRules.IsReply(f))
            {
                lastReply = f.OccurredOn;
                if (waitingSince.HasValue)
                {
                    var wait = f.OccurredOn - waitingSince.Value;
                    responses++;
                    total += wait;
                    if (wait > longest) longest = wait;
                    waitingSince = null;
                }
            }
        }
        return new ThreadSummary(threadKey, waitingSince, responses, total, longest, lastCustomer, lastReply, opened, closed);
    }
}

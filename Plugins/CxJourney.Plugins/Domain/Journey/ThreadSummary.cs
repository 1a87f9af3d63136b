using System;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// Reply and case state of one case or conversation, computed from that thread's touchpoints by
/// <see cref="ThreadRollup.Summarize"/>. A thread is small (one case's emails and calls), so recomputing it from
/// a query whenever one of its touchpoints arrives is cheap and idempotent; the journey then combines thread
/// summaries by min/sum/max, which do not depend on order.
/// </summary>
public sealed class ThreadSummary
{
    public ThreadSummary(string threadKey, DateTime? waitingSince, int responseCount, TimeSpan totalResponseTime,
        TimeSpan longestResponseTime, DateTime? lastCustomerMessageOn, DateTime? lastReplyOn, DateTime? caseOpenedOn, DateTime? caseClosedOn)
    {
        ThreadKey = threadKey ?? throw new ArgumentNullException(nameof(threadKey));
        if (responseCount < 0) throw new ArgumentOutOfRangeException(nameof(responseCount));
        WaitingSince = waitingSince;
        ResponseCount = responseCount;
        TotalResponseTime = totalResponseTime;
        LongestResponseTime = longestResponseTime;
        LastCustomerMessageOn = lastCustomerMessageOn;
        LastReplyOn = lastReplyOn;
        CaseOpenedOn = caseOpenedOn;
        CaseClosedOn = caseClosedOn;
    }

    /// <summary>Case id, conversation id, or "" for the contact's general conversation.</summary>
    public string ThreadKey { get; }

    /// <summary>The oldest customer message not yet followed by a reply (or case closure) in this thread.</summary>
    public DateTime? WaitingSince { get; }

    /// <summary>Number of answered waits: each run of customer messages followed by a reply counts once.</summary>
    public int ResponseCount { get; }

    /// <summary>Sum of first-response times (first customer message of a run → the reply that ended it).</summary>
    public TimeSpan TotalResponseTime { get; }

    public TimeSpan LongestResponseTime { get; }

    public DateTime? LastCustomerMessageOn { get; }

    public DateTime? LastReplyOn { get; }

    /// <summary>Latest Created/Reopened of the case (null when the thread is not a case).</summary>
    public DateTime? CaseOpenedOn { get; }

    /// <summary>Latest Resolved/Cancelled of the case.</summary>
    public DateTime? CaseClosedOn { get; }
}

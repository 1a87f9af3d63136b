using System;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// A thread whose latest customer message came after its latest answer: its wait began with the first customer
/// message after <see cref="AnsweredAt"/>, which only a query of that thread can tell.
/// </summary>
public sealed class WaitCutoff
{
    public WaitCutoff(string? threadKey, DateTime answeredAt)
    {
        ThreadKey = string.IsNullOrEmpty(threadKey) ? null : threadKey;
        AnsweredAt = answeredAt;
    }

    /// <summary>The thread; null for the contact's general conversation.</summary>
    public string? ThreadKey { get; }

    public DateTime AnsweredAt { get; }
}

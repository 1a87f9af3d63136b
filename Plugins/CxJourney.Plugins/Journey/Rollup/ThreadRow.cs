using System;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>One stored touchpoint of a thread, as the reply-time query returns it.</summary>
public sealed class ThreadRow
{
    public ThreadRow(string key, int channel, int direction, int kind, DateTime occurredOn, string? threadKey, decimal? responseMinutes)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Channel = channel;
        Direction = direction;
        Kind = kind;
        OccurredOn = occurredOn;
        ThreadKey = string.IsNullOrEmpty(threadKey) ? null : threadKey;
        ResponseMinutes = responseMinutes;
    }

    /// <summary>The touchpoint's id (lower-case, with hyphens).</summary>
    public string Key { get; }

    public int Channel { get; }

    public int Direction { get; }

    public int Kind { get; }

    public DateTime OccurredOn { get; }

    public string? ThreadKey { get; }

    /// <summary>cx_responseminutes as stored.</summary>
    public decimal? ResponseMinutes { get; }

    public bool IsReply => ThreadRoles.IsReply(Channel, Direction, Kind);
}

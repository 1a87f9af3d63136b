using System;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// One row of the journey's aggregate query: a contact's active touchpoints grouped by thread, channel,
/// direction, kind and feedback band (stored option values), with count, first and last instant, the sum and
/// count of sentiment scores, and the sum, count and maximum of stored reply times.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data
/// </summary>
public sealed class GroupRow
{
    public GroupRow(string? threadKey, int channel, int direction, int kind, int? band, int count, DateTime firstOn, DateTime lastOn)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), "A group has at least one touchpoint.");
        ThreadKey = string.IsNullOrEmpty(threadKey) ? null : threadKey;
        Channel = channel;
        Direction = direction;
        Kind = kind;
        Band = band;
        Count = count;
        FirstOn = firstOn;
        LastOn = lastOn;
    }

    public string? ThreadKey { get; }
    public int Channel { get; }
    public int Direction { get; }
    public int Kind { get; }
    public int? Band { get; }
    public int Count { get; }
    public DateTime FirstOn { get; }
    public DateTime LastOn { get; }
    public double SentimentSum { get; init; }
    public int SentimentCount { get; init; }
    public decimal ResponseMinutesSum { get; init; }
    public int ResponseCount { get; init; }
    public decimal? LongestResponseMinutes { get; init; }

    public bool IsCustomerMessage => ThreadRoles.IsCustomerMessage(Channel, Direction, Kind);
    public bool IsReply => ThreadRoles.IsReply(Channel, Direction, Kind);
    public bool IsCaseClose => ThreadRoles.IsCaseClose(Channel, Direction, Kind, ThreadKey);
    public bool IsCaseOpen => ThreadRoles.IsCaseOpen(Channel, Direction, Kind, ThreadKey);
}

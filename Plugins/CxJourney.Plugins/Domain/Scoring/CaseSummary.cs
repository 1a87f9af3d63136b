using System;
using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// The operational facts of one case, as the plugin gathers them from the incident and its touchpoints.
/// All times UTC. Counts are of touchpoints before the (latest) resolution.
/// </summary>
public sealed record CaseSummary
{
    public DateTime CreatedOnUtc { get; init; }

    /// <summary>Null while the case is open.</summary>
    public DateTime? ResolvedOnUtc { get; init; }

    /// <summary>The case's SLA resolve-by time where one is set; otherwise the configured target applies.</summary>
    public DateTime? ResolveByUtc { get; init; }

    public int ReopenCount { get; init; }

    /// <summary>Customer-initiated contacts (calls, emails, chats, portal posts), including the one that opened the case.</summary>
    public int InboundContacts { get; init; }

    /// <summary>Agent-initiated contacts.</summary>
    public int OutboundContacts { get; init; }

    /// <summary>The first agent response (outbound touchpoint or reply); null when there was none.</summary>
    public DateTime? FirstAgentResponseUtc { get; init; }

    /// <summary>Touchpoints per channel ("phone", "email", ...); more channels than one means the customer had to switch.</summary>
    public IReadOnlyDictionary<string, int>? ChannelMix { get; init; }

    public SentimentAggregate? Sentiment { get; init; }

    /// <summary>Queue transfers, when known.</summary>
    public int? Transfers { get; init; }

    /// <summary>Owner changes after the first assignment, when known.</summary>
    public int? OwnerChanges { get; init; }
}

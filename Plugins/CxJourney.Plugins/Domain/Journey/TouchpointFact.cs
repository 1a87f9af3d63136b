using System;

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// The facts of one touchpoint that journey logic needs, free of any SDK type. Immutable.
/// <see cref="Key"/> identifies the touchpoint (e.g. the touchpoint row id, or source record id + kind) so a
/// re-delivered event is recognised as the same fact; <see cref="ThreadKey"/> groups the touchpoints of one
/// case or conversation (the case id, or the email conversation id) for reply pairing and case state.
/// </summary>
public sealed class TouchpointFact
{
    public TouchpointFact(string key, TouchpointChannel channel, TouchpointDirection direction, TouchpointKind kind, DateTime occurredOn)
    {
        if (string.IsNullOrEmpty(key))
            throw new ArgumentException("A touchpoint fact needs a key.", nameof(key));
        Key = key;
        Channel = channel;
        Direction = direction;
        Kind = kind;
        OccurredOn = occurredOn;
    }

    public string Key { get; }

    public TouchpointChannel Channel { get; }

    public TouchpointDirection Direction { get; }

    public TouchpointKind Kind { get; }

    /// <summary>When it happened (UTC, as Dataverse stores date-times).</summary>
    public DateTime OccurredOn { get; }

    /// <summary>The case or conversation this belongs to; null when it belongs to none.</summary>
    public string? ThreadKey { get; init; }

    /// <summary>Sentiment of the text, -1..1, when the touchpoint had text to score.</summary>
    public double? Sentiment { get; init; }

    /// <summary>Net Promoter answer 0..10 of a survey response.</summary>
    public int? NpsScore { get; init; }

    /// <summary>Customer satisfaction answer 1..5 of a survey response.</summary>
    public int? CsatScore { get; init; }

    /// <summary>The thread used for reply pairing: the thread key, or "" (the contact's general conversation) without one.
    /// A case event without a thread key cannot be matched with the case's other events, so it takes no part in case state.</summary>
    public string EffectiveThreadKey => ThreadKey ?? string.Empty;

    /// <summary>A case event that names its case, and so can open or close it.</summary>
    public bool HasCaseIdentity => Channel == TouchpointChannel.Case && !string.IsNullOrEmpty(ThreadKey);

    public override string ToString() => $"{Key}: {Direction} {Channel} {Kind} at {OccurredOn:o}";
}

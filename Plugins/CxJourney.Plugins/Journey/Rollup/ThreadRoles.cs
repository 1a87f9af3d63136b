using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Journey.Rollup;

/// <summary>
/// The part a stored touchpoint plays in its thread (customer message, reply, case closure), as
/// <see cref="TouchpointRules"/> decides it, and the same rules as sets of option values for query filters.
/// The sets are computed from the rules, so a query cannot disagree with the rollup that reads its rows.
/// </summary>
public static class ThreadRoles
{
    private static readonly int[] AllChannels = OptionValues(typeof(Choices.Channel));
    private static readonly int[] AllKinds = OptionValues(typeof(Choices.TouchpointKind));
    private const string SomeCase = "incident:rules";

    /// <summary>Channels of a conversation (where a message can wait for a reply).</summary>
    public static IReadOnlyList<int> ConversationChannels { get; } =
        AllChannels.Where(c => TouchpointRules.IsConversation(TouchpointChoices.Channel(c))).ToArray();

    /// <summary>Kinds of an inbound conversation touchpoint that starts a wait.</summary>
    public static IReadOnlyList<int> CustomerMessageKinds { get; } =
        AllKinds.Where(k => TouchpointRules.IsCustomerMessage(Probe(Choices.Channel.Email, Choices.Direction.Inbound, k, null))).ToArray();

    /// <summary>Kinds of an outbound conversation touchpoint that answers a wait.</summary>
    public static IReadOnlyList<int> ReplyKinds { get; } =
        AllKinds.Where(k => TouchpointRules.IsReply(Probe(Choices.Channel.Email, Choices.Direction.Outbound, k, null))).ToArray();

    /// <summary>Kinds of a case touchpoint (with its case's thread key) that closes the case.</summary>
    public static IReadOnlyList<int> CaseCloseKinds { get; } =
        AllKinds.Where(k => TouchpointRules.IsCaseClose(Probe(Choices.Channel.Case, Choices.Direction.Internal, k, SomeCase))).ToArray();

    public static bool IsCustomerMessage(int channel, int direction, int kind) =>
        TouchpointChoices.IsKnownKind(kind) && TouchpointRules.IsCustomerMessage(Probe(channel, direction, kind, null));

    public static bool IsReply(int channel, int direction, int kind) =>
        TouchpointChoices.IsKnownKind(kind) && TouchpointRules.IsReply(Probe(channel, direction, kind, null));

    public static bool IsCaseClose(int channel, int direction, int kind, string? threadKey) =>
        TouchpointChoices.IsKnownKind(kind) && TouchpointRules.IsCaseClose(Probe(channel, direction, kind, threadKey));

    public static bool IsCaseOpen(int channel, int direction, int kind, string? threadKey) =>
        TouchpointChoices.IsKnownKind(kind) && TouchpointRules.IsCaseOpen(Probe(channel, direction, kind, threadKey));

    /// <summary>A reply or a case closure: what ends a customer's wait.</summary>
    public static bool IsAnswer(int channel, int direction, int kind, string? threadKey) =>
        IsReply(channel, direction, kind) || IsCaseClose(channel, direction, kind, threadKey);

    /// <summary>Takes part in reply pairing at all.</summary>
    public static bool IsThreadRelevant(int channel, int direction, int kind, string? threadKey) =>
        IsCustomerMessage(channel, direction, kind) || IsAnswer(channel, direction, kind, threadKey);

    private static TouchpointFact Probe(int channel, int direction, int kind, string? threadKey) =>
        TouchpointChoices.Fact("probe", channel, direction, kind, DateTime.MinValue, threadKey);

    private static int[] OptionValues(Type choice) =>
        choice.GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(int)).Select(f => (int)f.GetRawConstantValue()!).ToArray();
}

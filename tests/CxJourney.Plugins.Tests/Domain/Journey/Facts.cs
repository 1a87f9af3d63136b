using System;
using CxJourney.Plugins.Domain.Journey;

namespace CxJourney.Plugins.Tests.Domain.Journey;

/// <summary>Terse fact builders for journey tests: times are days (and hours) after a fixed origin.</summary>
internal static class Facts
{
    public static readonly DateTime Origin = new(2025, 1, 1, 9, 0, 0, DateTimeKind.Utc);


    public static DateTime Day(double days) => Origin.AddDays(days);

    public static TouchpointFact Fact(string key, TouchpointChannel channel, TouchpointDirection direction, TouchpointKind kind,
        double day, string? thread = null, double? sentiment = null, int? nps = null, int? csat = null) =>
        new(key, channel, direction, kind, Day(day)) { ThreadKey = thread, Sentiment = sentiment, NpsScore = nps, CsatScore = csat };

    public static TouchpointFact In(string key, TouchpointChannel channel, double day, string? thread = null, double? sentiment = null) =>
        Fact(key, channel, TouchpointDirection.Inbound, TouchpointKind.Created, day, thread, sentiment);

    public static TouchpointFact Out(string key, TouchpointChannel channel, double day, string? thread = null) =>
        Fact(key, channel, TouchpointDirection.Outbound, TouchpointKind.Completed, day, thread);

    public static TouchpointFact CaseEvent(string key, TouchpointKind kind, double day, string caseId) =>
        Fact(key, TouchpointChannel.Case, kind == TouchpointKind.Created ? TouchpointDirection.Inbound : TouchpointDirection.Internal, kind, day, caseId);

    public static TouchpointFact Survey(string key, double day, int? nps = null, int? csat = null) =>
        Fact(key, TouchpointChannel.Survey, TouchpointDirection.Inbound, TouchpointKind.Responded, day, nps: nps, csat: csat);

}

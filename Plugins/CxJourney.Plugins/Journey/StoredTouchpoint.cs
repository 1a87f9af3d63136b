using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Journey;

/// <summary>A touchpoint as stored, as the rollup reads it (with its row version, for the link's optimistic concurrency).</summary>
internal sealed class StoredTouchpoint
{
    public static readonly string[] ColumnNames =
    {
        TouchpointColumns.Contact, TouchpointColumns.Channel, TouchpointColumns.Direction, TouchpointColumns.Kind,
        TouchpointColumns.OccurredOn, TouchpointColumns.ThreadKey, TouchpointColumns.Sentiment, TouchpointColumns.Nps,
        TouchpointColumns.Csat, TouchpointColumns.Journey, TouchpointColumns.FeedbackBand, TouchpointColumns.StateCode,
        TouchpointColumns.Status, TouchpointColumns.OwnerId,
    };

    private static readonly ColumnSet Columns = new(ColumnNames);

    public StoredTouchpoint(Entity row)
    {
        Id = row.Id;
        RowVersion = row.RowVersion;
        Contact = row.GetAttributeValue<EntityReference>(TouchpointColumns.Contact);
        Channel = row.GetAttributeValue<OptionSetValue>(TouchpointColumns.Channel)?.Value ?? Choices.Channel.Other;
        Direction = row.GetAttributeValue<OptionSetValue>(TouchpointColumns.Direction)?.Value ?? Choices.Direction.Internal;
        Kind = row.GetAttributeValue<OptionSetValue>(TouchpointColumns.Kind)?.Value ?? Choices.TouchpointKind.Created;
        OccurredOn = row.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn);
        ThreadKey = row.GetAttributeValue<string>(TouchpointColumns.ThreadKey);
        Sentiment = row.GetAttributeValue<double?>(TouchpointColumns.Sentiment);
        Nps = row.GetAttributeValue<int?>(TouchpointColumns.Nps);
        Csat = row.GetAttributeValue<int?>(TouchpointColumns.Csat);
        JourneyId = row.GetAttributeValue<EntityReference>(TouchpointColumns.Journey)?.Id;
        Owner = row.GetAttributeValue<EntityReference>(TouchpointColumns.OwnerId);
        Band = row.GetAttributeValue<OptionSetValue>(TouchpointColumns.FeedbackBand)?.Value;
        // Counted: an active row whose moment happened (a planned or cancelled one is shown, never counted).
        IsActive = (row.GetAttributeValue<OptionSetValue>(TouchpointColumns.StateCode)?.Value ?? 0) == 0 &&
                   Choices.TouchpointStatus.Counts(row.GetAttributeValue<OptionSetValue>(TouchpointColumns.Status)?.Value);
    }

    public Guid Id { get; }
    public string? RowVersion { get; }
    public EntityReference? Contact { get; }
    public int Channel { get; }
    public int Direction { get; }
    public int Kind { get; }
    public DateTime OccurredOn { get; }
    public string? ThreadKey { get; }
    public double? Sentiment { get; }
    public int? Nps { get; }
    public int? Csat { get; }
    public Guid? JourneyId { get; }

    /// <summary>Its owner: its contact's (it follows the contact, OwnerFollowsParentPlugin and CascadeAssign).</summary>
    public EntityReference? Owner { get; }
    public int? Band { get; }
    public bool IsActive { get; }

    public string Key => Id.ToString("D");

    /// <summary>As the journey ledger counts it, with the feedback band it is linked with.</summary>
    public CountedTouchpoint Counted(int? band) => new(Key, Channel, Direction, Kind, band, OccurredOn, ThreadKey, Sentiment, IsActive);

    public bool IsThreadRelevant => TouchpointChoices.IsKnownKind(Kind) && ThreadRoles.IsThreadRelevant(Channel, Direction, Kind, ThreadKey);

    /// <summary>The feedback band under the configured thresholds (FeedbackClassifier), as a stored option value.</summary>
    public int? BandUnder(JourneyOptions options) =>
        TouchpointChoices.IsKnownKind(Kind)
            ? TouchpointChoices.BandValue(FeedbackClassifier.Classify(TouchpointChoices.Fact(Key, Channel, Direction, Kind, OccurredOn, ThreadKey, Sentiment, Nps, Csat), options))
            : null;

    /// <summary>The touchpoints among <paramref name="ids"/> that still exist, with one query.</summary>
    public static IReadOnlyList<StoredTouchpoint> Read(IOrganizationService service, IReadOnlyCollection<Guid> ids)
    {
        if (ids.Count == 0) return Array.Empty<StoredTouchpoint>();
        var query = new QueryExpression(Tables.Touchpoint) { ColumnSet = Columns };
        query.Criteria.AddCondition(TouchpointColumns.Id, ConditionOperator.In, ids.Cast<object>().ToArray());
        return service.RetrieveMultiple(query).Entities.Select(e => new StoredTouchpoint(e)).ToList();
    }
}

using CxJourney.Plugins.Domain.Text;
using System;
using System.Collections.Generic;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Cases;

/// <summary>
/// The cx_casescore row of a scored case, addressed by an id derived from its case (<see cref="RowIds.CaseScore"/>,
/// not by its alternate key, which may still be Pending after an import), so writing it is an Upsert: the first
/// scoring creates it, every later one (a re-delivered job included) overwrites the same row.
/// Every column is written, empty ones as null, so a value that no longer applies (resolved on, after a
/// reopen) does not linger.
/// </summary>
public static class CaseScoreRow
{
    public const int MemoMaxLength = 4000;

    /// <summary>The case's score row, by id, with its key column (the case) as a value.</summary>
    public static Entity KeyOf(Guid caseId) =>
        new(Tables.CaseScore, RowIds.CaseScore(caseId)) { [CaseScoreColumns.Case] = new EntityReference(Tables.Incident, caseId) };

    /// <summary>
    /// A score row the Upsert will create belongs to its case's owner: given by a job that read the case, the ownership
    /// step need not read the case again. An existing row keeps its owner, which follows the case's (CascadeAssign).
    /// </summary>
    public static void OwnIfNew(Entity row, CaseRecord record)
    {
        if (!record.HasScoreRow && record.Owner != null) row[CaseScoreColumns.OwnerId] = record.Owner;
    }

    public static Entity Build(ScoredCase scored, DateTime nowUtc)
    {
        var c = scored.Case;
        var s = scored.Score;
        var row = KeyOf(c.Id);
        row[CaseScoreColumns.Name] = c.DisplayName;
        row[CaseScoreColumns.Contact] = c.Contact?.Reference;
        row[CaseScoreColumns.FirstContactResolution] = s.FirstContactResolution;
        row[CaseScoreColumns.ContactsBeforeResolution] = s.InboundContacts + s.OutboundContacts;
        row[CaseScoreColumns.InboundContacts] = s.InboundContacts;
        row[CaseScoreColumns.OutboundContacts] = s.OutboundContacts;
        row[CaseScoreColumns.ReopenCount] = s.Reopens;
        row[CaseScoreColumns.FirstResponseMinutes] = Dec(s.FirstResponseMinutes);
        row[CaseScoreColumns.ResolutionBusinessHours] = Dec(s.ResolutionBusinessHours);
        row[CaseScoreColumns.ResolvedOn] = c.ResolvedOn;
        row[CaseScoreColumns.ResolveBy] = s.ResolveByUtc;
        row[CaseScoreColumns.ResolveByMet] = s.ResolveByMet;
        row[CaseScoreColumns.ResolveBySource] = new OptionSetValue(s.ResolveBySource == ResolveBySource.Sla
            ? Choices.ResolveBySource.Sla : Choices.ResolveBySource.ConfiguredTarget);
        Measure(row, s.Csat, CaseScoreColumns.Csat, CaseScoreColumns.CsatSource, CaseScoreColumns.PredictedCsat, CaseScoreColumns.CsatPredictionError);
        Measure(row, s.Ces, CaseScoreColumns.Ces, CaseScoreColumns.CesSource, CaseScoreColumns.PredictedCes, CaseScoreColumns.CesPredictionError);
        row[CaseScoreColumns.Nps] = s.Nps;
        row[CaseScoreColumns.NpsCategory] = s.NpsCategory.HasValue ? new OptionSetValue(NpsCategoryChoice(s.NpsCategory.Value)) : null;
        row[CaseScoreColumns.Sentiment] = s.SentimentAverage.HasValue ? Math.Round(s.SentimentAverage.Value, 4) : null;
        row[CaseScoreColumns.MinimumSentiment] = s.SentimentMinimum.HasValue ? Math.Round(s.SentimentMinimum.Value, 4) : null;
        row[CaseScoreColumns.SentimentCount] = s.SentimentCount;
        row[CaseScoreColumns.CompositeScore] = s.Composite;
        row[CaseScoreColumns.CsatExplanation] = Cut(s.CsatExplanation);
        row[CaseScoreColumns.CesExplanation] = Cut(s.CesExplanation);
        row[CaseScoreColumns.ScoringNotes] = scored.Notes.Count == 0 ? null : Cut(string.Join("\n", scored.Notes));
        row[CaseScoreColumns.ScoredOn] = nowUtc;
        row[CaseScoreColumns.Channel] = ChannelOf(c.Origin) is int channel ? new OptionSetValue(channel) : null;
        row[CaseScoreColumns.Agent] = c.Owner?.LogicalName == Tables.SystemUser ? new EntityReference(Tables.SystemUser, c.Owner.Id) : null;
        row[CaseScoreColumns.Segment] = c.Contact?.Segment;
        return row;
    }

    private static void Measure(Entity row, ScoredValue value, string column, string source, string predicted, string error)
    {
        row[column] = Dec(value.Value);
        row[source] = new OptionSetValue(value.IsSurveyed ? Choices.ScoreSource.Surveyed : Choices.ScoreSource.Predicted);
        row[predicted] = Dec(value.Prediction);
        row[error] = Dec(value.PredictionError);
    }

    public static int NpsCategoryChoice(NpsCategory category) => category switch
    {
        NpsCategory.Promoter => Choices.NpsCategory.Promoter,
        NpsCategory.Passive => Choices.NpsCategory.Passive,
        _ => Choices.NpsCategory.Detractor,
    };

    /// <summary>The touchpoint channel of a case origin; null for an origin the solution does not map.</summary>
    public static int? ChannelOf(int? origin)
    {
        switch (origin)
        {
            case StandardChoices.CaseOrigin.Phone: return Choices.Channel.Phone;
            case StandardChoices.CaseOrigin.Email: return Choices.Channel.Email;
            case StandardChoices.CaseOrigin.Web: return Choices.Channel.Web;
            case StandardChoices.CaseOrigin.Facebook:
            case StandardChoices.CaseOrigin.Twitter: return Choices.Channel.Social;
            case null: return null;
            default: return Choices.Channel.Other;
        }
    }

    /// <summary>Decimal columns hold two decimals.</summary>
    private static decimal? Dec(double? value) => value.HasValue ? Math.Round((decimal)value.Value, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// A text column's value: personal data masked (<see cref="PiiMasker"/>: the score is read by more people than the
    /// case) and cut to the memo length.
    /// </summary>
    public static string Cut(string text)
    {
        var masked = PiiMasker.Mask(text);
        return masked.Length <= MemoMaxLength ? masked : masked.Substring(0, MemoMaxLength - 3) + "...";
    }
}

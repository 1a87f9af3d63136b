using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Cli.Demo;

/// <summary>
/// Writes the generated and derived tables as CSV (RFC 4180: comma, double quotes, CRLF; UTF-8 without BOM;
/// invariant culture) so the figures can be recomputed elsewhere: choices as their labels, yes/no as
/// true/false, times as UTC ISO 8601, lookups as ids, an empty cell for no value. run.csv says when the
/// period ended (the "now" of resolve-by met).
/// </summary>
public static class DemoCsvExport
{
    private sealed record Column(string Header, Func<Entity, string> Cell);

    public static IReadOnlyList<string> Write(DemoResults results, DemoBusiness business, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        void Save(string name, IEnumerable<Entity> rows, params Column[] columns)
        {
            string path = Path.Combine(folder, name);
            WriteFile(path, columns, rows);
            written.Add(path);
        }

        string run = Path.Combine(folder, "run.csv");
        File.WriteAllText(run, Csv(
            ["key", "value"],
            [
                ["seed", Invariant(business.Seed)],
                ["start", Time(business.Start)],
                ["end", Time(business.End)],
                ["measuredAt", Time(results.MeasuredAt)],
                ["contacts", Invariant(results.Contacts.Count)],
            ]), Utf8);
        written.Add(run);

        Save("contacts.csv", results.Contacts,
            Id("contactid"), Text("fullname"), Label(ContactColumns.Segment, "segment"), Text("address1_stateorprovince", "region"),
            Text("address1_city", "city"), Lookup(ContactColumns.ParentCustomerId, "account"), Raw(ContactColumns.DoNotPhone),
            Raw(ContactColumns.DoNotEMail), Raw("createdon"));
        Save("cases.csv", results.Cases,
            Id("incidentid"), Text(IncidentColumns.TicketNumber), Text(IncidentColumns.Title), Lookup(IncidentColumns.CustomerId, "contactid"),
            Label(IncidentColumns.CaseOriginCode, "origin"), Label(IncidentColumns.PriorityCode, "priority"), Label("statecode", "state"),
            Lookup("ownerid", "ownerid"), Raw("createdon"), Raw(IncidentColumns.ResolveBy));
        Save("casescores.csv", results.Scores,
            Id(CaseScoreColumns.Id), Lookup(CaseScoreColumns.Case, "caseid"), Lookup(CaseScoreColumns.Contact, "contactid"),
            Label(CaseScoreColumns.Segment, "segment"), Label(CaseScoreColumns.Channel, "channel"), Lookup(CaseScoreColumns.Agent, "agentid"),
            Raw(CaseScoreColumns.FirstContactResolution), Raw(CaseScoreColumns.InboundContacts), Raw(CaseScoreColumns.OutboundContacts),
            Raw(CaseScoreColumns.ReopenCount), Raw(CaseScoreColumns.FirstResponseMinutes), Raw(CaseScoreColumns.ResolutionBusinessHours),
            Raw(CaseScoreColumns.ResolvedOn), Raw(CaseScoreColumns.ResolveBy), Raw(CaseScoreColumns.ResolveByMet),
            Label(CaseScoreColumns.ResolveBySource, "cx_resolvebysource"), Raw(CaseScoreColumns.Csat), Label(CaseScoreColumns.CsatSource, "cx_csatsource"),
            Raw(CaseScoreColumns.PredictedCsat), Raw(CaseScoreColumns.Ces), Label(CaseScoreColumns.CesSource, "cx_cessource"),
            Raw(CaseScoreColumns.PredictedCes), Raw(CaseScoreColumns.Nps), Raw(CaseScoreColumns.Sentiment), Raw(CaseScoreColumns.CompositeScore),
            Raw("createdon"));
        Save("feedback.csv", results.Feedback,
            Id(FeedbackColumns.Id), Lookup(FeedbackColumns.Contact, "contactid"), Lookup(FeedbackColumns.Case, "caseid"),
            Label(FeedbackColumns.Segment, "segment"), Label(FeedbackColumns.Channel, "channel"), Text(FeedbackColumns.Location),
            Raw(FeedbackColumns.Csat), Raw(FeedbackColumns.Ces), Raw(FeedbackColumns.Nps), Raw(FeedbackColumns.CommentSentiment),
            Raw(FeedbackColumns.AnsweredOn), Text(FeedbackColumns.SourceReference), Text(FeedbackColumns.Comment));
        Save("touchpoints.csv", results.Touchpoints,
            Id(TouchpointColumns.Id), Lookup(TouchpointColumns.Contact, "contactid"), Lookup(TouchpointColumns.Case, "caseid"),
            Label(TouchpointColumns.Channel, "channel"), Label(TouchpointColumns.Direction, "direction"), Label(TouchpointColumns.Kind, "kind"),
            Label(TouchpointColumns.Status, "status"), Raw(TouchpointColumns.OccurredOn), Text(TouchpointColumns.SourceTable), Text(TouchpointColumns.SourceId),
            Raw(TouchpointColumns.Sentiment), Lookup(TouchpointColumns.Agent, "agentid"), Text(TouchpointColumns.Name));
        Save("followups.csv", results.FollowUps,
            new Column("table", r => r.LogicalName), Id("activityid"),
            new Column("rule", r => r.GetAttributeValue<OptionSetValue>(FollowUpColumns.Rule) is OptionSetValue rule ? FollowUpRuleOptions.ToRuleId(rule.Value) ?? "" : ""),
            Text(ActivityColumns.Subject), new Column("regardingtable", r => r.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId)?.LogicalName ?? ""),
            Lookup(ActivityColumns.RegardingObjectId, "regardingid"), Lookup("ownerid", "ownerid"), Label("statecode", "state"),
            Raw(ActivityColumns.ScheduledEnd), Raw("createdon"));
        return written;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void WriteFile(string path, IReadOnlyList<Column> columns, IEnumerable<Entity> rows) =>
        File.WriteAllText(path, Csv(columns.Select(c => c.Header).ToList(), rows.Select(r => columns.Select(c => c.Cell(r)).ToList())), Utf8);

    private static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            for (int i = 0; i < cells.Count; i++)
            {
                if (i > 0) text.Append(',');
                text.Append(Quote(cells[i]));
            }
            text.Append("\r\n");
        }
        Line(header);
        foreach (var row in rows) Line(row);
        return text.ToString();
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static Column Id(string header) => new(header, r => r.Id.ToString("D"));

    private static Column Text(string column, string? header = null) => new(header ?? column, r => r.GetAttributeValue<string>(column) ?? "");

    private static Column Lookup(string column, string header) => new(header, r => r.GetAttributeValue<EntityReference>(column)?.Id.ToString("D") ?? "");

    private static Column Label(string column, string header) => new(header, r =>
        r.GetAttributeValue<OptionSetValue>(column) is not OptionSetValue option ? ""
        : r.FormattedValues.TryGetValue(column, out string? label) ? label
        : Invariant(option.Value));

    private static Column Raw(string column) => new(column, r => r.Contains(column) ? Value(r[column]) : "");

    private static string Value(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateTime t => Time(t),
        int i => Invariant(i),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        OptionSetValue option => Invariant(option.Value),
        EntityReference reference => reference.Id.ToString("D"),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Time(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

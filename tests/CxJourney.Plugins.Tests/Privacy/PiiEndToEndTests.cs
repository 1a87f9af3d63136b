using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.FollowUps;
using CxJourney.Plugins.Tests.Scoring;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Privacy;

/// <summary>
/// A case title carrying a card number and an IBAN, taken through everything the product does with a case
/// (capture, scoring, journey rollup and health, follow-ups on resolution and on a poor survey answer, a reopening)
/// by the real plugins in the local organization: neither number may reach any stored column of any row but the
/// case itself, nor any trace line.
/// </summary>
public class PiiEndToEndTests
{
    private const string Card = "4111111111111111";
    private const string Iban = "DE89370400440532013000";

    [Fact]
    public void A_card_number_and_an_IBAN_in_a_case_title_reach_no_other_stored_column_and_no_trace()
    {
        var s = new CxScenario();
        s.Pipeline.Log.Enabled = true;
        s.PoorPredictions();
        var agent = s.User("Alex");
        var contact = s.Contact("Lovelace", agent);
        var title = "Card 4111-1111-1111-1111 charged twice, refund to DE89 3704 0044 0532 0130 00 \u202Egnp.exe";
        var caseId = s.Case(contact, agent, title);
        s.OrdinaryHistory(caseId, contact, s.Now);
        s.Advance(TimeSpan.FromHours(1));
        s.Resolve(caseId);
        s.Drain();
        s.Advance(TimeSpan.FromHours(1));
        s.Feedback(caseId, contact, csat: 1, ces: 7, nps: 2);
        s.Drain();
        s.Reopen(caseId);
        s.Drain();

        // The flow really carried the title: the touchpoint, score and a follow-up name the case.
        Assert.Contains(s.CaseTouchpoints(caseId), t => (t.GetAttributeValue<string>(TouchpointColumns.Name) ?? "").Contains("[card]"));
        Assert.Contains("[iban]", s.RequiredScore(caseId).GetAttributeValue<string>(CaseScoreColumns.Name));
        Assert.NotEmpty(s.FollowUps());
        Assert.Contains(s.FollowUps(), f => (f.GetAttributeValue<string>(ActivityColumns.Description) ?? "").Contains("[card]"));

        var leaks = new List<string>();
        foreach (var table in s.Organization.Metadata.Tables.Select(t => t.LogicalName))
        {
            if (!s.Organization.Core.Store.HasTable(table)) continue;
            foreach (var row in s.Organization.Query(table))
            {
                if (table == Tables.Incident && row.Id == caseId) continue;
                foreach (var column in row.Attributes)
                {
                    // A lookup's name is the referenced row's own name, read at retrieve time, not a copy: only text is stored.
                    var text = column.Value as string;
                    if (Leaks(text)) leaks.Add($"{table}.{column.Key}: {text}");
                    if (text != null && text.IndexOf('\u202E') >= 0) leaks.Add($"{table}.{column.Key} keeps a bidi override");
                }
            }
        }
        foreach (var run in s.Pipeline.Log.StepRuns)
            foreach (var line in run.Trace)
                if (Leaks(line)) leaks.Add($"trace of {run.StepName}: {line}");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private static bool Leaks(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var compact = new StringBuilder();
        foreach (var c in text!)
            if (char.IsLetterOrDigit(c)) compact.Append(char.ToUpperInvariant(c));
        var all = compact.ToString();
        return all.Contains(Card) || all.Contains(Iban) || all.Contains("370400440532013000");
    }
}

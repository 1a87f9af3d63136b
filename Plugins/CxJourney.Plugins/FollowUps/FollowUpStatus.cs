using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.FollowUps;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// The visible outcome of the follow-up rules on a case's latest event, written to its score row
/// (cx_casescore.cx_followupstatus) by its case-derived id: what was created, what was held back and why, each
/// rule's verdict, or, with bad configuration, which variable is wrong and where. The Upsert creates the row
/// when scoring has not run yet; scoring fills in the rest.
/// </summary>
public static class FollowUpStatus
{
    /// <summary>"Case resolved on 2024-03-04 15:00 UTC:", how a status starts: tells which event it reports.</summary>
    public static string Stamp(string eventLabel, DateTime whenUtc) =>
        eventLabel + " on " + whenUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC:";

    public static string Compose(string eventLabel, DateTime nowUtc, FollowUpPlan plan, IReadOnlyList<string> outcomes)
    {
        var text = new StringBuilder();
        text.Append(Stamp(eventLabel, nowUtc)).Append(' ');
        text.Append(plan.Summary());
        foreach (var line in outcomes)
            text.Append('\n').Append(line);
        if (plan.Trace.Count > 0)
        {
            text.Append("\nRules:");
            foreach (var line in plan.Trace)
                text.Append("\n- ").Append(line);
        }
        return CaseScoreRow.Cut(text.ToString());
    }

    public static void Write(IOrganizationService service, CaseRecord? record, Guid caseId, string status)
    {
        var row = CaseScoreRow.KeyOf(caseId);
        row[CaseScoreColumns.FollowUpStatus] = status;
        if (record != null)
            row[CaseScoreColumns.Name] = record.DisplayName;
        if (record != null)
            CaseScoreRow.OwnIfNew(row, record);
        service.Execute(new UpsertRequest { Target = row });
    }
}

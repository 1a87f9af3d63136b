using System;
using System.Linq;
using CxJourney.Plugins.Capture;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Domain.Sentiment;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.Capture;

public class CaseCaptureTests
{
    private readonly CaptureWorld _w = new();

    [Fact]
    public void A_new_case_records_an_inbound_case_touchpoint_in_its_own_thread_with_one_call()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.Log.Clear();
        var caseId = _w.Case(CaptureWorld.ContactRef(ada), "Printer jams", description: "Awful, it broke again");

        var t = _w.Touchpoint(caseId, Choices.TouchpointKind.Created, ada);
        Assert.Equal(Choices.Channel.Case, CaptureWorld.Option(t, TouchpointColumns.Channel));
        Assert.Equal(Choices.Direction.Inbound, CaptureWorld.Option(t, TouchpointColumns.Direction));
        Assert.Equal(caseId.ToString("D"), t.GetAttributeValue<string>(TouchpointColumns.SourceId));
        Assert.Equal(ThreadKeys.ForCase(caseId), t.GetAttributeValue<string>(TouchpointColumns.ThreadKey));
        Assert.Equal(caseId, t.GetAttributeValue<EntityReference>(TouchpointColumns.Case)?.Id);
        Assert.Equal(_w.Agent, t.GetAttributeValue<EntityReference>(TouchpointColumns.Agent)?.Id);
        Assert.Equal(SentimentScorer.Default.Analyze("Printer jams", "Awful, it broke again").Score, t.GetAttributeValue<double?>(TouchpointColumns.Sentiment));
        Assert.Equal("Upsert", Assert.Single(_w.CallsBy<CaseCapturePlugin>()).MessageName);
    }

    [Fact]
    public void Resolving_with_CloseIncident_records_resolved_exactly_once()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var caseId = _w.Case(CaptureWorld.ContactRef(ada));
        _w.Advance(TimeSpan.FromHours(5));
        _w.Log.Clear();

        _w.Resolve(caseId);

        var resolved = _w.Touchpoint(caseId, Choices.TouchpointKind.Resolved, ada);
        Assert.Equal(_w.Now, resolved.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn));
        Assert.Equal(Choices.Direction.Internal, CaptureWorld.Option(resolved, TouchpointColumns.Direction));
        // Both registered reports ran (Create of incidentresolution, Update of the case's state) and wrote one row:
        // the source id is the operation's, the same for both.
        var runs = _w.Log.RunsOf(typeof(CaseCapturePlugin)).ToList();
        Assert.Equal(new[] { ("Create", Tables.IncidentResolution), ("Update", Tables.Incident) }.OrderBy(r => r.Item1),
            runs.Select(r => (r.MessageName, r.PrimaryEntityName)).OrderBy(r => r.Item1));
        var operation = Assert.Single(runs.Select(r => r.Operation!.CorrelationId).Distinct());
        Assert.Equal(SourceKeys.ForOperation(caseId, Choices.TouchpointKind.Resolved, operation), resolved.GetAttributeValue<string>(TouchpointColumns.SourceId));
        Assert.Equal(2, _w.TouchpointsOf(ada).Count);
    }

    [Fact]
    public void Reopening_and_resolving_again_records_each_occurrence_and_cancelling_records_cancelled()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var caseId = _w.Case(CaptureWorld.ContactRef(ada));
        _w.Advance(TimeSpan.FromHours(1));
        _w.Resolve(caseId);
        _w.Advance(TimeSpan.FromHours(1));
        _w.SetState(Tables.Incident, caseId, StandardChoices.IncidentState.Active);
        _w.Advance(TimeSpan.FromHours(1));
        _w.Resolve(caseId, "Fixed for real");
        _w.Advance(TimeSpan.FromHours(1));
        _w.SetState(Tables.Incident, caseId, StandardChoices.IncidentState.Active);
        _w.Advance(TimeSpan.FromHours(1));
        _w.SetState(Tables.Incident, caseId, StandardChoices.IncidentState.Cancelled, StandardChoices.IncidentStatus.Cancelled);

        var kinds = _w.TouchpointsOf(ada).Select(CaptureWorld.KindOf).OrderBy(k => k).ToList();
        Assert.Equal(new[]
        {
            Choices.TouchpointKind.Created, Choices.TouchpointKind.Resolved, Choices.TouchpointKind.Resolved,
            Choices.TouchpointKind.Reopened, Choices.TouchpointKind.Reopened, Choices.TouchpointKind.Cancelled,
        }.OrderBy(k => k), kinds);
        var reopened = _w.TouchpointsOf(ada).Where(t => CaptureWorld.KindOf(t) == Choices.TouchpointKind.Reopened).ToList();
        Assert.All(reopened, t => Assert.Equal(Choices.Direction.Inbound, CaptureWorld.Option(t, TouchpointColumns.Direction)));
        Assert.NotEqual(reopened[0].GetAttributeValue<string>(TouchpointColumns.SourceId), reopened[1].GetAttributeValue<string>(TouchpointColumns.SourceId));
    }

    [Fact]
    public void A_case_of_an_account_without_contact_person_reads_the_account_primary_contact()
    {
        var boss = _w.Contact("Grace", "Hopper");
        var acme = _w.Account("Acme", boss);
        _w.Log.Clear();
        var caseId = _w.Case(CaptureWorld.Ref(Tables.Account, acme));
        Assert.NotNull(_w.Touchpoint(caseId, Choices.TouchpointKind.Created, boss));
        Assert.Equal(new[] { "RetrieveMultiple", "Upsert" }, _w.CallsBy<CaseCapturePlugin>().Select(c => c.MessageName));
    }

    [Fact]
    public void A_case_whose_account_has_no_primary_contact_saves_without_a_touchpoint()
    {
        var acme = _w.Account("Acme");
        var caseId = _w.Case(CaptureWorld.Ref(Tables.Account, acme));
        Assert.NotNull(_w.Org.Find(Tables.Incident, caseId));
        Assert.Empty(_w.Touchpoints());
        Assert.Contains($"incident {caseId:D}", string.Join("\n", _w.TraceOf<CaseCapturePlugin>()));
    }

    [Fact]
    public void Editing_an_open_case_records_nothing()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var caseId = _w.Case(CaptureWorld.ContactRef(ada));
        _w.Log.Clear();
        _w.Service.Update(new Entity(Tables.Incident, caseId) { [IncidentColumns.Title] = "Printer jams daily" });
        Assert.Empty(_w.Log.RunsOf(typeof(CaseCapturePlugin)));
        _w.Service.Update(new Entity(Tables.Incident, caseId) { [IncidentColumns.StatusCode] = new OptionSetValue(StandardChoices.IncidentStatus.OnHold) });
        Assert.Single(_w.Touchpoints());
    }
}

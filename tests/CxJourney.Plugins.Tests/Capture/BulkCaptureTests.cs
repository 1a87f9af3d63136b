using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Capture;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Tests.Capture;

/// <summary>
/// Imports through CreateMultiple (on a table that has it: incident does, email, phonecall, appointment and
/// task do not) run the capture step registered on Create once per record, since Create and CreateMultiple
/// share one pipeline, and each run writes its touchpoint with one Upsert: no batch request inside the
/// synchronous step (Power Apps checker rule il-avoid-batch-plugin).
/// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
/// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin
/// </summary>
public class BulkCaptureTests
{
    private readonly CaptureWorld _w = new();

    private Guid[] CreateMultiple(string table, IEnumerable<Entity> rows) =>
        ((CreateMultipleResponse)_w.Service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection(rows.ToList()) { EntityName = table },
        })).Ids;

    [Fact]
    public void A_CreateMultiple_of_200_cases_runs_the_Create_step_per_case_with_one_write_each()
    {
        var contacts = Enumerable.Range(0, 20).Select(i => _w.Contact("Customer", i.ToString("D2"))).ToArray();
        _w.Log.Clear();

        var ids = CreateMultiple(Tables.Incident, Enumerable.Range(0, 200).Select(i => new Entity(Tables.Incident)
        {
            [IncidentColumns.Title] = $"Question {i}",
            [IncidentColumns.CustomerId] = CaptureWorld.ContactRef(contacts[i % contacts.Length]),
        }));

        var runs = _w.Log.RunsOf(typeof(CaseCapturePlugin)).ToList();
        Assert.Equal(200, runs.Count);
        Assert.All(runs, r => Assert.Equal("Create", r.MessageName));
        Assert.All(runs, r => Assert.Equal(new[] { "Upsert" }, r.ServiceCalls.Select(c => c.MessageName)));
        for (var i = 0; i < ids.Length; i += 37)
            Assert.NotNull(_w.Touchpoint(ids[i], Choices.TouchpointKind.Created, contacts[i % contacts.Length]));
        Assert.Equal(200, _w.Touchpoints().Count);
    }

    [Fact]
    public void Records_without_a_contact_are_skipped_and_the_rest_of_the_batch_is_captured()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var nobody = _w.Account("No primary contact");
        _w.Log.Clear();
        var ids = CreateMultiple(Tables.Incident, new[]
        {
            new Entity(Tables.Incident) { [IncidentColumns.Title] = "Known", [IncidentColumns.CustomerId] = CaptureWorld.ContactRef(ada) },
            new Entity(Tables.Incident) { [IncidentColumns.Title] = "Unknown", [IncidentColumns.CustomerId] = CaptureWorld.Ref(Tables.Account, nobody) },
        });
        Assert.Single(_w.Touchpoints());
        Assert.NotNull(_w.Touchpoint(ids[0], Choices.TouchpointKind.Created, ada));
        Assert.NotNull(_w.Org.Find(Tables.Incident, ids[1]));
        Assert.Contains(_w.TraceOf<CaseCapturePlugin>(), l => l.Contains("none of the 1 record(s) concerns a contact"));
    }
}

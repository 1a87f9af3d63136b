using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Capture;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Tests.Capture;

/// <summary>
/// Imports through CreateMultiple run the capture step once for the whole batch (the CreateMultiple step with
/// Targets and one post-image per target) and write every touchpoint with one UpsertMultiple.
/// https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation
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
    public void A_CreateMultiple_of_1000_emails_costs_one_touchpoint_write()
    {
        var contacts = Enumerable.Range(0, 50).Select(i => _w.Contact("Customer", i.ToString("D2"))).ToArray();
        _w.Log.Clear();

        var ids = CreateMultiple(Tables.Email, Enumerable.Range(0, 1000)
            .Select(i => _w.InboundEmailRow(CaptureWorld.Contacts(contacts[i % contacts.Length]), $"Question {i}")));

        var calls = _w.CallsBy<ActivityCapturePlugin>();
        var write = Assert.Single(calls);
        Assert.Equal(("UpsertMultiple", Tables.Touchpoint), (write.MessageName, write.PrimaryEntityName));
        var run = Assert.Single(_w.Log.RunsOf(typeof(ActivityCapturePlugin)));
        Assert.Equal("CreateMultiple", run.MessageName);

        var touchpoints = _w.Touchpoints();
        Assert.Equal(1000, touchpoints.Count);
        Assert.Equal(ids.Select(i => i.ToString("D")).OrderBy(s => s), touchpoints.Select(t => t.GetAttributeValue<string>(TouchpointColumns.SourceId)).OrderBy(s => s));
        for (var i = 0; i < ids.Length; i += 97)
            Assert.NotNull(_w.Touchpoint(ids[i], Choices.TouchpointKind.Created, contacts[i % contacts.Length]));
        Assert.Contains(run.Trace, line => line.EndsWith("... and 980 more record(s).", StringComparison.Ordinal));
    }

    [Fact]
    public void A_batch_of_tasks_regarding_cases_reads_all_their_customers_with_one_query()
    {
        var people = Enumerable.Range(0, 5).Select(i => _w.Contact("Case", "Owner" + i)).ToArray();
        var cases = people.Select(p => _w.Case(CaptureWorld.ContactRef(p))).ToArray();
        _w.Log.Clear();

        CreateMultiple(Tables.Task, Enumerable.Range(0, 40).Select(i => new Entity(Tables.Task)
        {
            [ActivityColumns.Subject] = "Follow up " + i,
            [ActivityColumns.RegardingObjectId] = CaptureWorld.Ref(Tables.Incident, cases[i % cases.Length]),
        }));

        Assert.Equal(new[] { "RetrieveMultiple", "UpsertMultiple" }, _w.CallsBy<ActivityCapturePlugin>().Select(c => c.MessageName));
        Assert.All(people, p => Assert.Equal(8, _w.TouchpointsOf(p).Count(t => CaptureWorld.Option(t, TouchpointColumns.Channel) == Choices.Channel.Task)));
    }

    [Fact]
    public void Records_without_a_contact_are_skipped_and_the_rest_of_the_batch_is_captured()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        _w.Log.Clear();
        var ids = CreateMultiple(Tables.Email, new[]
        {
            _w.InboundEmailRow(CaptureWorld.Contacts(ada), "Known sender"),
            _w.InboundEmailRow(CaptureWorld.Parties(CaptureWorld.Address("who@example.org")), "Unknown sender"),
        });
        Assert.Single(_w.Touchpoints());
        Assert.NotNull(_w.Touchpoint(ids[0], Choices.TouchpointKind.Created, ada));
        Assert.Contains("Upserted 1 touchpoint(s) for 1 of 2 record(s); 1 without a contact.", _w.TraceOf<ActivityCapturePlugin>().Last(l => l.Contains("Upserted")));
    }
}

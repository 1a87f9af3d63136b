using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Model;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Plugins.Tests.Capture;

/// <summary>
/// The synchronous path's cost, read from the execution log: every capture step writes with ONE call
/// (UpsertMultiple, whatever the number of contacts), and reads only where Target and images cannot say who
/// the contact is (a regarding case's customer, an account's primary contact): one query per batch.
/// </summary>
public class SyncCallBudgetTests
{
    private readonly CaptureWorld _w = new();

    private IReadOnlyList<string> CaptureCalls(Action action)
    {
        _w.Log.Clear();
        action();
        return _w.Log.StepRuns
            .Where(r => r.PluginType.Namespace == "CxJourney.Plugins.Capture")
            .Select(r =>
            {
                Assert.Equal(PluginStepMode.Synchronous, r.Mode);
                return r;
            })
            .SelectMany(r => r.ServiceCalls).Select(c => c.MessageName + " " + c.PrimaryEntityName).ToList();
    }

    [Fact]
    public void One_write_per_event_whatever_the_number_of_contacts_and_one_read_only_where_documented()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var bob = _w.Contact("Bob", "Babbage");
        var boss = _w.Contact("Grace", "Hopper");
        var acme = _w.Account("Acme", boss);
        var caseOfAda = _w.Case(CaptureWorld.ContactRef(ada));
        const string write = "Upsert cx_touchpoint";

        Assert.Equal(new[] { write }, CaptureCalls(() => _w.InboundEmail(ada, "Hi")));
        // One Upsert per touchpoint written: three contacts, three writes, no batch request.
        // A draft is no moment: no call. Sending it: three contacts, three writes, no batch request.
        Assert.Empty(CaptureCalls(() => _w.DraftEmail(CaptureWorld.Contacts(ada, bob, boss), "To three")));
        Assert.Equal(new[] { write, write, write }, CaptureCalls(() => _w.OutboundEmail(CaptureWorld.Contacts(ada, bob, boss), "To three")));
        Assert.Equal(new[] { write }, CaptureCalls(() => _w.Service.Create(new Entity(Tables.PhoneCall)
        {
            [ActivityColumns.Subject] = "Call", [PhoneCallColumns.DirectionCode] = false, [PhoneCallColumns.From] = CaptureWorld.Contacts(bob),
        })));
        Assert.Equal(new[] { write, write }, CaptureCalls(() => _w.Service.Create(new Entity(Tables.Appointment)
        {
            [ActivityColumns.Subject] = "Visit", [AppointmentColumns.RequiredAttendees] = CaptureWorld.Contacts(ada, bob),
        })));
        Assert.Equal(new[] { write }, CaptureCalls(() => _w.Service.Create(new Entity(Tables.Letter)
        {
            [ActivityColumns.Subject] = "Letter", [LetterColumns.DirectionCode] = false, [LetterColumns.From] = CaptureWorld.Contacts(ada),
        })));
        Assert.Equal(new[] { write }, CaptureCalls(() => _w.Case(CaptureWorld.ContactRef(bob), "Second case")));
        // CloseIncident raises both registered reports of a resolution: Create of incidentresolution (which names
        // only the case, so its customer is read) and Update of the case's state; both upsert the same row.
        Assert.Equal(new[] { "RetrieveMultiple incident", write, write }, CaptureCalls(() => _w.Resolve(caseOfAda)));
        Assert.Equal(new[] { write }, CaptureCalls(() => _w.Service.Create(new Entity(Tables.Feedback) { [FeedbackColumns.Name] = "CSAT", [FeedbackColumns.Contact] = CaptureWorld.ContactRef(bob), [FeedbackColumns.Csat] = 4 })));
        Assert.Equal(new[] { write }, CaptureCalls(() => _w.Service.Create(new Entity(Tables.SalesOrder) { [SalesOrderColumns.Name] = "O", [SalesOrderColumns.CustomerId] = CaptureWorld.ContactRef(bob) })));

        // Documented reads: the case's customer of a call regarding it; an account customer's primary contact.
        Assert.Equal(new[] { "RetrieveMultiple incident", write }, CaptureCalls(() => _w.Service.Create(new Entity(Tables.PhoneCall)
        {
            [ActivityColumns.Subject] = "Check", [PhoneCallColumns.DirectionCode] = true, [ActivityColumns.RegardingObjectId] = CaptureWorld.Ref(Tables.Incident, caseOfAda),
        })));
        // Internal work: a task is not captured, no call.
        Assert.Empty(CaptureCalls(() => _w.Service.Create(new Entity(Tables.Task)
        {
            [ActivityColumns.Subject] = "Check", [ActivityColumns.RegardingObjectId] = CaptureWorld.Ref(Tables.Incident, caseOfAda),
        })));
        Assert.Equal(new[] { "RetrieveMultiple account", write }, CaptureCalls(() => _w.Service.Create(new Entity(Tables.Invoice) { [InvoiceColumns.Name] = "I", [InvoiceColumns.CustomerId] = CaptureWorld.Ref(Tables.Account, acme) })));

        // Nothing to write: no call at all.
        Assert.Empty(CaptureCalls(() => _w.Service.Create(_w.InboundEmailRow(CaptureWorld.Parties(CaptureWorld.Address("x@y.example")), "?"))));
    }

    [Fact]
    public void The_touchpoint_exists_only_if_its_source_does_a_rolled_back_transaction_keeps_neither()
    {
        var ada = _w.Contact("Ada", "Lovelace");
        var good = _w.InboundEmailRow(CaptureWorld.Contacts(ada), "Saved with the batch?");
        var bad = new Entity(Tables.Email) { ["nosuchcolumn"] = 1 };

        // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _w.Service.Execute(new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { new CreateRequest { Target = good }, new CreateRequest { Target = bad } },
        }));

        Assert.Empty(_w.Org.Query(Tables.Email));
        Assert.Empty(_w.Touchpoints());
        Assert.Single(_w.Log.RunsOf(typeof(CxJourney.Plugins.Capture.ActivityCapturePlugin)), r => r.Outcome == StepOutcome.Succeeded);
        Assert.Equal(0, _w.Pipeline.AsyncQueue.Pending);
    }
}

using System;
using System.Collections.Concurrent;
using System.Linq;
using CxJourney.Emulator.Pipeline;
using CxJourney.Plugins.Cases;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Scoring;
using CxJourney.Plugins.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Xunit.Abstractions;
using static CxJourney.Plugins.Tests.FollowUps.FollowUpTestKit;

namespace CxJourney.Plugins.Tests.Scoring;

/// <summary>
/// Journey health from the ledger on the journey (cx_healthstate) is the health a full recompute gives from the
/// contact's stored case scores and feedback (<see cref="JourneyHealthUpdate.Compute"/>), after every kind of case
/// event: a resolution, feedback about a case and about none, a reopening and a second resolution, a redelivered job,
/// a journey written before the ledger existed, and a concurrent write of the journey.
/// </summary>
public class HealthLedgerTests
{
    private readonly CxScenario _s = new();
    private readonly Guid _agent;
    private readonly Guid _contact;
    private readonly ITestOutputHelper _output;

    public HealthLedgerTests(ITestOutputHelper output)
    {
        _output = output;
        _agent = _s.User("Alex");
        _contact = _s.Contact("Lovelace", _agent);
    }

    private Guid OpenCase(int inboundContacts = 1)
    {
        var caseId = _s.Case(_contact, _agent);
        for (var i = 0; i < inboundContacts; i++) _s.Seed(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(1 + i)));
        return caseId;
    }

    private Entity Journey() => _s.Journey(_contact) ?? throw new Xunit.Sdk.XunitException("no journey");

    private static readonly string[] HealthColumns =
    {
        JourneyColumns.HealthScore, JourneyColumns.NpsCategory, JourneyColumns.LatestCsat, JourneyColumns.LatestCes,
        JourneyColumns.LatestNps, JourneyColumns.CasesScored, JourneyColumns.LastScoredOn, JourneyColumns.HealthState,
    };

    /// <summary>The journey's health columns and ledger are what a recompute from the stored rows gives, at the time they were written.</summary>
    private JourneyHealthLedger AssertMatchesRecompute()
    {
        var journey = Journey();
        var now = journey.GetAttributeValue<DateTime>(JourneyColumns.LastScoredOn);
        var expected = JourneyHealthUpdate.Compute(_contact, _s.Service, JourneyHealthSettings.Default, now);
        var ledger = JourneyHealthLedger.Parse(journey.GetAttributeValue<string>(JourneyColumns.HealthState)) ?? throw new Xunit.Sdk.XunitException("no ledger");
        Assert.Equal(JourneyHealthUpdate.FromQueries(_s.Service, _contact, now).Serialize(), ledger.Serialize());
        Assert.Equal(expected, ledger.Summarize(JourneyHealthSettings.Default, now));
        Assert.Equal(expected.Health.Score, journey.GetAttributeValue<int?>(JourneyColumns.HealthScore));
        Assert.Equal(expected.Health.NpsCategory is NpsCategory c ? CaseScoreRow.NpsCategoryChoice(c) : null, journey.GetAttributeValue<OptionSetValue>(JourneyColumns.NpsCategory)?.Value);
        Assert.Equal(expected.LatestCsat, journey.GetAttributeValue<int?>(JourneyColumns.LatestCsat));
        Assert.Equal(expected.LatestCes, journey.GetAttributeValue<int?>(JourneyColumns.LatestCes));
        Assert.Equal(expected.LatestNps, journey.GetAttributeValue<int?>(JourneyColumns.LatestNps));
        Assert.Equal(expected.ScoredCases, journey.GetAttributeValue<int?>(JourneyColumns.CasesScored));
        return ledger;
    }

    private string[] HealthCallsOfLastJob() =>
        _s.Pipeline.Log.RunsOf(typeof(CaseScoringPlugin)).Last(r => r.ServiceCalls.Count > 0).ServiceCalls
            .Select(c => c.MessageName + " " + c.PrimaryEntityName).ToArray();

    [Fact]
    public void Deleting_an_answer_a_score_or_a_whole_case_leaves_the_health_a_recompute_of_what_remains_gives()
    {
        var first = OpenCase();
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(first);
        _s.Drain();
        var second = OpenCase(inboundContacts: 4);
        _s.At(Utc(2024, 3, 6, 10));
        _s.Resolve(second);
        _s.Drain();
        _s.At(Utc(2024, 3, 8, 10));
        _s.Feedback(first, _contact, csat: 5, nps: 10);
        var aboutNoCase = _s.Feedback(null, _contact, nps: 2);
        _s.Drain();
        var ledger = AssertMatchesRecompute();
        Assert.Equal(2, ledger.Cases.Count);
        Assert.Equal(2, ledger.Answers.Count);

        // An admin deletes the detractor answer about no case: its experience and its NPS leave the journey.
        _s.At(Utc(2024, 3, 9, 10));
        _s.Service.Delete(Tables.Feedback, aboutNoCase);
        _s.Drain();
        var run = Assert.Single(_s.Pipeline.Log.RunsOf(typeof(HealthAfterDeletePlugin)));
        Assert.Equal(new[] { "RetrieveMultiple cx_journey", "RetrieveMultiple cx_casescore", "RetrieveMultiple cx_feedback", "Update cx_journey" },
            run.ServiceCalls.Select(c => c.MessageName + " " + c.PrimaryEntityName).Where(c => !c.Contains("settingscopy") && !c.Contains("environmentvariable")));
        ledger = AssertMatchesRecompute();
        Assert.Single(ledger.Answers);
        Assert.Equal(10, Journey().GetAttributeValue<int?>(JourneyColumns.LatestNps));

        // The first case is deleted: its score goes with it (Cascade) and its answer stays, about no case now (RemoveLink);
        // the step on the case's own Delete recomputes what remains.
        _s.At(Utc(2024, 3, 10, 10));
        _s.Service.Delete(Tables.Incident, first);
        _s.Drain();
        ledger = AssertMatchesRecompute();
        Assert.Equal(second, Assert.Single(ledger.Cases).CaseId);
        Assert.Null(Assert.Single(ledger.Answers).CaseId);
    }

    [Fact]
    public void Replaying_case_and_feedback_events_gives_the_health_a_recompute_gives_after_each_event()
    {
        var first = OpenCase();
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(first);
        _s.Drain();
        Assert.Single(AssertMatchesRecompute().Cases);

        // Feedback about the case: its answers replace the prediction in the case's composite and set the latest answers.
        _s.At(Utc(2024, 3, 5, 9));
        _s.Feedback(first, _contact, csat: 2, ces: 6, nps: 3);
        _s.Drain();
        var ledger = AssertMatchesRecompute();
        Assert.Single(ledger.Cases);
        Assert.Equal(first, Assert.Single(ledger.Answers).CaseId);
        Assert.Equal(Choices.NpsCategory.Detractor, Journey().GetAttributeValue<OptionSetValue>(JourneyColumns.NpsCategory)!.Value);

        // Feedback about no case: an experience of its own, read by one query of the journey, not of the contact's rows.
        _s.At(Utc(2024, 4, 1, 9));
        _s.Feedback(null, _contact, nps: 9);
        _s.Drain();
        ledger = AssertMatchesRecompute();
        Assert.Equal(2, ledger.Answers.Count);
        var calls = HealthCallsOfLastJob();
        // The journey first (its settings copy comes with it), the follow-ups' own calls, then the journey's Update.
        Assert.Equal("RetrieveMultiple cx_journey", calls.First());
        Assert.Equal("Update cx_journey", calls.Last());
        Assert.Single(calls, c => c == "RetrieveMultiple cx_journey");
        Assert.DoesNotContain("RetrieveMultiple cx_casescore", calls);
        Assert.DoesNotContain("RetrieveMultiple cx_feedback", calls);

        // A second case, resolved while every job is delivered twice (at-least-once delivery): one entry each.
        var second = OpenCase(inboundContacts: 5);
        _s.At(Utc(2024, 5, 2, 12));
        _s.Pipeline.AsyncQueue.RedeliverEverySuccess = true;
        _s.Resolve(second);
        _s.Drain();
        _s.Pipeline.AsyncQueue.RedeliverEverySuccess = false;
        Assert.Contains(_s.Pipeline.Log.RunsOf(typeof(CaseScoringPlugin)), r => r.Trace.Any(l => l.Contains("already scored")));
        Assert.Equal(2, AssertMatchesRecompute().Cases.Count);

        // The first case reopened (scored again as open, dated by that scoring), then resolved again: still one entry,
        // now dated by the new resolution, with its feedback answers kept.
        _s.At(Utc(2024, 6, 1, 8));
        _s.Reopen(first);
        _s.Drain();
        ledger = AssertMatchesRecompute();
        Assert.Equal(2, ledger.Cases.Count);
        Assert.Equal(Utc(2024, 6, 1, 8), ledger.Cases.Single(c => c.CaseId == first).OnUtc);
        _s.At(Utc(2024, 6, 3, 8));
        _s.Resolve(first);
        _s.Drain();
        ledger = AssertMatchesRecompute();
        Assert.Equal(2, ledger.Cases.Count);
        Assert.Equal(Utc(2024, 6, 3, 8), ledger.Cases.Single(c => c.CaseId == first).OnUtc);
        Assert.Equal(2, ledger.Answers.Count);

        // Every case job after the first found its journey with a ledger: none read the contact's scores or feedback.
        Assert.DoesNotContain(_s.CallsBy<CaseScoringPlugin>(), c => c.PrimaryEntityName is Tables.CaseScore or Tables.Feedback && c.MessageName == "RetrieveMultiple");
    }

    [Fact]
    public void A_feedback_row_of_the_case_that_is_gone_leaves_the_ledger_at_the_cases_next_event()
    {
        var caseId = OpenCase();
        _s.At(Utc(2024, 3, 4, 10));
        var feedback = _s.Feedback(caseId, _contact, csat: 1, nps: 0);
        _s.Resolve(caseId);
        _s.Drain();
        Assert.Single(AssertMatchesRecompute().Answers);

        _s.Service.Delete(Tables.Feedback, feedback);
        _s.At(Utc(2024, 3, 6, 10));
        _s.Reopen(caseId);
        _s.Drain();
        var ledger = AssertMatchesRecompute();
        Assert.Empty(ledger.Answers);
        Assert.Null(Journey().GetAttributeValue<int?>(JourneyColumns.LatestNps));
    }

    [Fact]
    public void A_journey_whose_health_a_version_before_the_ledger_wrote_is_recomputed_once_then_kept_by_its_ledger()
    {
        var first = OpenCase();
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(first);
        _s.Feedback(null, _contact, csat: 4);
        _s.Drain();
        // As the previous version left it: health columns written, no ledger.
        _s.Service.Update(new Entity(Tables.Journey, Journey().Id) { [JourneyColumns.HealthState] = null });

        var second = OpenCase();
        _s.At(Utc(2024, 3, 8, 10));
        _s.Resolve(second);
        _s.Drain();
        var ledger = AssertMatchesRecompute();
        Assert.Equal(2, ledger.Cases.Count);
        Assert.Single(ledger.Answers);
        var calls = HealthCallsOfLastJob();
        Assert.Equal(new[] { "Upsert cx_casescore", "RetrieveMultiple cx_casescore", "RetrieveMultiple cx_feedback", "Update cx_journey" }, calls.Skip(calls.Length - 4));

        // A ledger that does not parse (another format, cut short) is recomputed the same way.
        _s.Service.Update(new Entity(Tables.Journey, Journey().Id) { [JourneyColumns.HealthState] = "{\"v\":1,\"cases\":[[\"not a case\"" });
        _s.At(Utc(2024, 3, 9, 10));
        _s.Feedback(second, _contact, ces: 2);
        _s.Drain();
        Assert.Equal(2, AssertMatchesRecompute().Answers.Count);
        Assert.Contains("RetrieveMultiple cx_casescore", HealthCallsOfLastJob());

        var third = OpenCase();
        _s.At(Utc(2024, 3, 10, 10));
        _s.Resolve(third);
        _s.Drain();
        Assert.Equal(3, AssertMatchesRecompute().Cases.Count);
        Assert.DoesNotContain("RetrieveMultiple cx_casescore", HealthCallsOfLastJob());
    }

    [Fact]
    public void A_concurrent_write_of_the_journey_makes_the_health_write_read_it_again_and_keep_both_writers_changes()
    {
        var first = OpenCase();
        var second = OpenCase();
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(first);
        _s.Drain();
        var journeyId = Journey().Id;
        var read = CaseQuery.Read(_s.Service, second) ?? throw new Xunit.Sdk.XunitException("no case");
        Assert.NotNull(read.Journey);

        // Between this job's read of the journey (with the case) and its write, another case job of the contact writes
        // its own entry, and the rollup writes its own columns: both move the row version.
        var other = new ScoredCaseEntry(Guid.NewGuid(), Utc(2024, 3, 4, 11), 20);
        var interloper = new Interloper(_s.Service, () =>
        {
            JourneyHealthUpdate.Write(_s.Service, _contact, HealthJourney.Find(_s.Service, _contact), l => l.WithCase(other.CaseId, other),
                JourneyHealthSettings.Default, Utc(2024, 3, 4, 11), _ => { });
            _s.Service.Update(new Entity(Tables.Journey, journeyId) { [JourneyColumns.RolledUpOn] = Utc(2024, 3, 4, 11) });
        });
        var mine = new ScoredCaseEntry(second, Utc(2024, 3, 4, 12), 90);
        var trace = new ConcurrentQueue<string>();
        JourneyHealthUpdate.Write(interloper, _contact, read.Journey, l => l.WithCase(second, mine), JourneyHealthSettings.Default, Utc(2024, 3, 4, 12), trace.Enqueue);

        Assert.Equal(new[] { "Update", "Retrieve", "Update" }, interloper.Calls);
        Assert.Contains(trace, l => l.Contains("changed while its health was computed"));
        var journey = Journey();
        var ledger = JourneyHealthLedger.Parse(journey.GetAttributeValue<string>(JourneyColumns.HealthState))!;
        Assert.Equal(new[] { first, other.CaseId, second }.OrderBy(g => g), ledger.Cases.Select(c => c.CaseId).OrderBy(g => g));
        Assert.Equal(3, journey.GetAttributeValue<int>(JourneyColumns.CasesScored));
        Assert.Equal(Utc(2024, 3, 4, 11), journey.GetAttributeValue<DateTime>(JourneyColumns.RolledUpOn));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Case_jobs_of_one_contact_racing_on_two_workers_leave_the_health_a_recompute_gives(bool redeliverEveryJob)
    {
        // 24 cases resolved and 8 answers about no case, their jobs (and the rollups of their touchpoints) run by two
        // workers at once: jobs of the same contact read the journey at one version and write it at another.
        var cases = Enumerable.Range(0, 24).Select(_ => OpenCase()).ToList();
        _s.Drain();
        for (var i = 0; i < cases.Count; i++)
        {
            _s.At(Utc(2024, 3, 4, 10).AddHours(i));
            _s.Resolve(cases[i]);
            if (i % 3 == 0) _s.Feedback(null, _contact, csat: 1 + i % 5, nps: i % 11);
        }
        var queue = _s.Pipeline.AsyncQueue;
        queue.RedeliverEverySuccess = redeliverEveryJob;
        var (results, errors) = TwoWorkers.Run(queue);
        Assert.Empty(errors);
        Assert.DoesNotContain(results, r => r.Outcome == StepOutcome.Failed);

        var raced = _s.Pipeline.Log.RunsOf(typeof(CaseScoringPlugin)).Count(r => r.Trace.Any(l => l.Contains("changed while its health was computed")));
        _output.WriteLine($"{results.Count} deliveries; {raced} case job(s) met a concurrent write of the journey and read it again");
        var ledger = AssertMatchesRecompute();
        Assert.Equal(cases.OrderBy(c => c), ledger.Cases.Select(c => c.CaseId).OrderBy(c => c));
        Assert.Equal(8, ledger.Answers.Count);
    }

    [Fact]
    public void A_journey_that_keeps_changing_ends_the_job_with_a_retry_and_no_write()
    {
        var caseId = OpenCase();
        _s.At(Utc(2024, 3, 4, 10));
        _s.Resolve(caseId);
        _s.Drain();
        var before = Journey();
        var read = CaseQuery.Read(_s.Service, caseId)!;
        var interloper = new Interloper(_s.Service, () => _s.Service.Update(new Entity(Tables.Journey, before.Id) { [JourneyColumns.RolledUpOn] = _s.Now }), always: true);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => JourneyHealthUpdate.Write(interloper, _contact, read.Journey,
            l => l.WithCase(caseId, new ScoredCaseEntry(caseId, _s.Now, 1)), JourneyHealthSettings.Default, _s.Now, _ => { }));
        Assert.Equal(OperationStatus.Retry, error.Status);
        Assert.Equal(JourneyHealthUpdate.MaxAttempts, interloper.Calls.Count(c => c == "Update"));
        Assert.Equal(before.GetAttributeValue<string>(JourneyColumns.HealthState), Journey().GetAttributeValue<string>(JourneyColumns.HealthState));
    }

    [Fact]
    public void Health_and_the_rollup_write_only_their_own_columns_of_the_journey()
    {
        var caseId = OpenCase();
        _s.Drain();
        _s.At(Utc(2024, 3, 4, 10));
        var rolledUp = Journey();
        _s.Pipeline.Log.Clear();

        // The case job's health write: the rollup's columns as they were.
        var read = CaseQuery.Read(_s.Service, caseId)!;
        JourneyHealthUpdate.Write(_s.Service, _contact, read.Journey, l => l.WithCase(caseId, new ScoredCaseEntry(caseId, _s.Now, 70)),
            JourneyHealthSettings.Default, _s.Now, _ => { });
        var healthWritten = Journey();
        foreach (var column in rolledUp.Attributes.Keys.Where(k => !HealthColumns.Contains(k) && k is not "modifiedon" and not "modifiedby" and not "modifiedonbehalfby" and not "versionnumber"))
            Assert.Equal(rolledUp[column], healthWritten.Contains(column) ? healthWritten[column] : null);
        Assert.NotNull(healthWritten.GetAttributeValue<string>(JourneyColumns.HealthState));

        // A rollup after it (a new touchpoint of the contact): the health columns and the ledger as the case job left them.
        _s.Service.Create(_s.InboundEmail(caseId, _contact, _s.Now.AddMinutes(5)));
        _s.Drain();
        var after = Journey();
        Assert.True(after.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints) > rolledUp.GetAttributeValue<int>(JourneyColumns.TotalTouchpoints));
        foreach (var column in HealthColumns)
            Assert.Equal(healthWritten.Contains(column) ? healthWritten[column] : null, after.Contains(column) ? after[column] : null);
    }

    /// <summary>
    /// The organization service of a job racing another writer: before forwarding an Update of the journey, it runs the
    /// other writer's write (once, or every time). Records the messages it forwards.
    /// </summary>
    private sealed class Interloper : IOrganizationService
    {
        private readonly IOrganizationService _inner;
        private readonly Action _write;
        private readonly bool _always;
        private bool _done;

        public Interloper(IOrganizationService inner, Action write, bool always = false)
        {
            _inner = inner;
            _write = write;
            _always = always;
        }

        public System.Collections.Generic.List<string> Calls { get; } = new();

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            Calls.Add(request.RequestName);
            if (request is UpdateRequest { Target.LogicalName: Tables.Journey } && (_always || !_done))
            {
                _done = true;
                _write();
            }
            return _inner.Execute(request);
        }

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)
        {
            Calls.Add("Retrieve");
            return _inner.Retrieve(entityName, id, columnSet);
        }

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            Calls.Add("RetrieveMultiple");
            return _inner.RetrieveMultiple(query);
        }

        public Guid Create(Entity entity) { Calls.Add("Create"); return _inner.Create(entity); }
        public void Update(Entity entity) { Calls.Add("Update"); _inner.Update(entity); }
        public void Delete(string entityName, Guid id) { Calls.Add("Delete"); _inner.Delete(entityName, id); }
        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();
        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new NotSupportedException();
    }
}

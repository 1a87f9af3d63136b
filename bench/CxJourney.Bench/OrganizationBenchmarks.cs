using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CxJourney.Bench.Infrastructure;
using CxJourney.Bench.LargeTable;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Bench;

/// <summary>
/// The local organization against 100,000 rows of one table (contact, plus one cx_journey per
/// contact for the alternate key and the aggregate): Create, Retrieve by id and by alternate key,
/// RetrieveMultiple through the parentcustomerid index against the same query on a column without
/// an index (the scan, reported as a ratio within its category), and a FetchXML aggregate.
/// Every request goes through the organization service, as a plug-in's or a client's would.
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob(iterations: 8)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class OrganizationBenchmarks
{
    /// <summary>
    /// An aggregate reads at most 50,000 rows (AggregateQueryRecordLimit), so the aggregate filters
    /// to the journeys with a health score under 50 (49,505 of 100,000) after scanning all of them.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations
    /// </summary>
    private const string StageAggregate = """
        <fetch aggregate="true">
          <entity name="cx_journey">
            <attribute name="cx_stage" groupby="true" alias="stage" />
            <attribute name="cx_journeyid" aggregate="count" alias="journeys" />
            <attribute name="cx_totaltouchpoints" aggregate="avg" alias="avgtouchpoints" />
            <filter><condition attribute="cx_healthscore" operator="lt" value="50" /></filter>
          </entity>
        </fetch>
        """;

    private static readonly int CaseCount = typeof(OrganizationBenchmarks).GetMethods().Count(m => m.IsDefined(typeof(BenchmarkAttribute), false));
    private static int _casesFinished;

    private readonly List<Guid> _created = new();
    private SeededOrganization _data = null!;
    private IOrganizationService _service = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _data = SeededOrganization.Shared;
        _service = _data.Organization.GetService();
    }

    /// <summary>
    /// The seeded organization is shared by every case: put it back to 100,000 contacts, and drop it
    /// after the last case so that the suites after this one do not carry it.
    /// </summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (Guid id in _created) _service.Delete("contact", id);
        _created.Clear();
        if (Interlocked.Increment(ref _casesFinished) >= CaseCount) SeededOrganization.ReleaseShared();
    }

    [Benchmark(Description = "Create one contact")]
    [BenchmarkCategory("Create")]
    public Guid CreateContact()
    {
        Guid id = _service.Create(new Entity("contact")
        {
            [ContactColumns.FirstName] = "New",
            [ContactColumns.LastName] = "Contact",
            [ContactColumns.ParentCustomerId] = new EntityReference(Tables.Account, _data.AccountIds[Next() % SeededOrganization.AccountCount]),
        });
        _created.Add(id);
        return id;
    }

    [Benchmark(Baseline = true, Description = "Retrieve by id")]
    [BenchmarkCategory("Retrieve")]
    public Entity RetrieveById() =>
        _service.Retrieve("contact", _data.ContactIds[Next() % SeededOrganization.ContactCount], new ColumnSet("fullname", "emailaddress1"));

    [Benchmark(Description = "Retrieve by alternate key")]
    [BenchmarkCategory("Retrieve")]
    public Entity RetrieveByAlternateKey()
    {
        var target = new EntityReference("cx_journey", "cx_contactid", new EntityReference("contact", _data.ContactIds[Next() % SeededOrganization.ContactCount]));
        var response = (RetrieveResponse)_service.Execute(new RetrieveRequest { Target = target, ColumnSet = new ColumnSet("cx_stage", "cx_healthscore") });
        return response.Entity;
    }

    [Benchmark(Baseline = true, Description = "RetrieveMultiple, indexed lookup eq (100 rows)")]
    [BenchmarkCategory("RetrieveMultiple")]
    public EntityCollection RetrieveMultipleByIndexedLookup()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        query.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, _data.AccountIds[Next() % SeededOrganization.AccountCount]);
        return _service.RetrieveMultiple(query);
    }

    [Benchmark(Description = "RetrieveMultiple, non-indexed column eq (scan, same 100 rows)")]
    [BenchmarkCategory("RetrieveMultiple")]
    public EntityCollection RetrieveMultipleByScan()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        query.Criteria.AddCondition("address1_city", ConditionOperator.Equal, SeededOrganization.CityOf(Next() % SeededOrganization.AccountCount));
        return _service.RetrieveMultiple(query);
    }

    [Benchmark(Description = "FetchXML count/avg grouped by choice (49,505 of 100,000 rows)")]
    [BenchmarkCategory("Aggregate")]
    public EntityCollection AggregateByStage() => _service.RetrieveMultiple(new FetchExpression(StageAggregate));

    /// <summary>A different row each call, so no benchmark measures one hot row.</summary>
    private int Next() => unchecked(_next = (_next + 7919) & int.MaxValue);
}

using System;
using System.IO;
using CxJourney.Tests.Shared;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Store;

/// <summary>
/// "A lookup by id or alternate key must not scan the table": counted, not timed. The store counts
/// every row a table scan hands out (<see cref="CxJourney.Emulator.Store.OrganizationStore.RowsScanned"/>);
/// requests through the organization service that name a row by id, by alternate key or by an
/// indexed lookup leave it unchanged, and a filter on a column without an index reads every row once.
/// The benchmark beside it (bench/CxJourney.Bench/OrganizationBenchmarks.cs) times the same requests at 100,000 rows.
/// </summary>
public sealed class LookupWithoutScanTests
{
    private const int ContactCount = 2_000;
    private const int AccountCount = 20;

    private readonly LocalOrganization _organization;
    private readonly IOrganizationService _service;
    private readonly Guid[] _accounts = new Guid[AccountCount];
    private readonly Guid[] _contacts = new Guid[ContactCount];

    public LookupWithoutScanTests()
    {
        // The product's tables: cx_journey carries the alternate key cx_journey_contact (cx_contactid).
        _organization = LocalOrganization.Create(new LocalOrganizationOptions { SolutionFolder = Path.Combine(RepoPaths.Root, "Solution"), IdSeed = 3 });
        _service = _organization.GetService();
        var rows = new Entity[AccountCount + 2 * ContactCount];
        for (int a = 0; a < AccountCount; a++)
        {
            _accounts[a] = Guid.NewGuid();
            rows[a] = new Entity("account", _accounts[a]) { ["name"] = "Account " + a };
        }
        for (int i = 0; i < ContactCount; i++)
        {
            _contacts[i] = Guid.NewGuid();
            rows[AccountCount + i] = new Entity("contact", _contacts[i])
            {
                ["lastname"] = "Contact " + i,
                ["address1_city"] = "City " + (i % AccountCount),
                ["parentcustomerid"] = new EntityReference("account", _accounts[i % AccountCount]),
            };
            rows[AccountCount + ContactCount + i] = new Entity("cx_journey", Guid.NewGuid())
            {
                ["cx_name"] = "Journey " + i,
                ["cx_contactid"] = new EntityReference("contact", _contacts[i]),
            };
        }
        _organization.Seed(rows);
    }

    private long Scanned => _organization.Core.Store.RowsScanned;

    [Fact]
    public void Retrieve_by_id_reads_no_row_of_a_scan()
    {
        long before = Scanned;

        Entity contact = _service.Retrieve("contact", _contacts[1234], new ColumnSet("lastname"));

        Assert.Equal("Contact 1234", contact["lastname"]);
        Assert.Equal(before, Scanned);
    }

    [Fact]
    public void Retrieve_by_alternate_key_reads_no_row_of_a_scan()
    {
        long before = Scanned;
        var target = new EntityReference("cx_journey", "cx_contactid", new EntityReference("contact", _contacts[777]));

        var response = (RetrieveResponse)_service.Execute(new RetrieveRequest { Target = target, ColumnSet = new ColumnSet("cx_name") });

        Assert.Equal("Journey 777", response.Entity["cx_name"]);
        Assert.Equal(before, Scanned);
    }

    [Fact]
    public void Update_and_upsert_by_alternate_key_read_no_row_of_a_scan()
    {
        long before = Scanned;
        var journey = new Entity("cx_journey", "cx_contactid", new EntityReference("contact", _contacts[42])) { ["cx_healthscore"] = 80 };

        _service.Update(journey);
        var upsert = (UpsertResponse)_service.Execute(new UpsertRequest
        {
            Target = new Entity("cx_journey", "cx_contactid", new EntityReference("contact", _contacts[43])) { ["cx_healthscore"] = 60 },
        });

        Assert.False(upsert.RecordCreated);
        Assert.Equal(before, Scanned);
    }

    [Fact]
    public void RetrieveMultiple_by_primary_key_indexed_lookup_or_key_column_reads_no_row_of_a_scan()
    {
        long before = Scanned;

        var byId = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        byId.Criteria.AddCondition("contactid", ConditionOperator.Equal, _contacts[5]);
        var byLookup = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        byLookup.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, _accounts[7]);
        var byKeyColumn = new QueryExpression("cx_journey") { ColumnSet = new ColumnSet("cx_name") };
        byKeyColumn.Criteria.AddCondition("cx_contactid", ConditionOperator.Equal, _contacts[9]);

        Assert.Single(_service.RetrieveMultiple(byId).Entities);
        Assert.Equal(ContactCount / AccountCount, _service.RetrieveMultiple(byLookup).Entities.Count);
        Assert.Equal("Journey 9", Assert.Single(_service.RetrieveMultiple(byKeyColumn).Entities)["cx_name"]);
        Assert.Equal(before, Scanned);
    }

    [Fact]
    public void Create_reads_no_row_of_a_scan()
    {
        long before = Scanned;

        _service.Create(new Entity("contact") { ["lastname"] = "New", ["parentcustomerid"] = new EntityReference("account", _accounts[0]) });

        Assert.Equal(before, Scanned);
    }

    [Fact]
    public void A_filter_on_a_column_without_an_index_reads_every_row_once()
    {
        long before = Scanned;
        var byCity = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        byCity.Criteria.AddCondition("address1_city", ConditionOperator.Equal, "City 7");

        EntityCollection found = _service.RetrieveMultiple(byCity);

        // The same 100 contacts as the indexed lookup on account 7, found by reading all 2,000.
        Assert.Equal(ContactCount / AccountCount, found.Entities.Count);
        Assert.Equal(before + ContactCount, Scanned);
    }
}

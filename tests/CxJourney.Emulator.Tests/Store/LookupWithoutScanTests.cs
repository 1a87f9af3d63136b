using System;
using System.IO;
using System.Linq;
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

    /// <summary>The same criteria under a top-level "or" with a branch no row meets: the evaluator cannot seek, so it scans.</summary>
    private string[] LastNamesByScan(string column, ConditionOperator op, string value)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.FilterOperator = LogicalOperator.Or;
        query.Criteria.AddCondition(column, op, value);
        query.Criteria.AddCondition("address1_city", ConditionOperator.Equal, "Nowhere");
        long before = Scanned;
        string[] names = _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("lastname") ?? string.Empty).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(before + _organization.Core.Store.Count("contact"), Scanned);
        return names;
    }

    private string[] LastNames(string column, ConditionOperator op, string value)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition(column, op, value);
        return _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("lastname") ?? string.Empty).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Begins_with_on_a_text_column_reads_only_the_rows_with_that_prefix_after_building_its_index_once()
    {
        _service.Create(new Entity("contact") { ["lastname"] = "Émile" });
        _service.Create(new Entity("contact") { ["lastname"] = "emily" });
        _service.Create(new Entity("contact") { ["lastname"] = "EMIR" });
        int rows = _organization.Core.Store.Count("contact");

        // The column's first prefix seek builds its index: one pass over the table, counted.
        long before = Scanned;
        Assert.Equal(111, LastNames("lastname", ConditionOperator.BeginsWith, "contact 12").Length); // 12, 120-129, 1200-1299
        Assert.Equal(before + rows, Scanned);

        // From then on a prefix seek reads no row it does not return (case and accents folded, as the scan does).
        before = Scanned;
        string[] emil = LastNames("lastname", ConditionOperator.BeginsWith, "EMIL");
        string[] like = LastNames("lastname", ConditionOperator.Like, "Contact 19%");
        string[] likeOne = LastNames("lastname", ConditionOperator.Like, "contact 1_3");
        string[] wildcardValue = LastNames("lastname", ConditionOperator.BeginsWith, "Contact 1[0-1]5");
        Assert.Equal(before, Scanned);

        Assert.Equal(new[] { "emily", "Émile" }, emil);
        Assert.Equal(111, like.Length);
        Assert.Equal(new[] { "Contact 103", "Contact 113", "Contact 123", "Contact 133", "Contact 143", "Contact 153", "Contact 163", "Contact 173", "Contact 183", "Contact 193" }, likeOne);
        Assert.Equal(22, wildcardValue.Length); // 105, 115, 1050-1059, 1150-1159
        Assert.Equal(LastNamesByScan("lastname", ConditionOperator.BeginsWith, "EMIL"), emil);
        Assert.Equal(LastNamesByScan("lastname", ConditionOperator.Like, "Contact 19%"), like);
        Assert.Equal(LastNamesByScan("lastname", ConditionOperator.Like, "contact 1_3"), likeOne);
        Assert.Equal(LastNamesByScan("lastname", ConditionOperator.BeginsWith, "Contact 1[0-1]5"), wildcardValue);
    }

    [Fact]
    public void A_prefix_index_follows_creates_updates_deletes_and_rolled_back_writes()
    {
        Assert.Equal(new[] { "Contact 1999" }, LastNames("lastname", ConditionOperator.BeginsWith, "Contact 1999"));
        _service.Update(new Entity("contact", _contacts[1999]) { ["lastname"] = "Renamed 1999" });
        _service.Delete("contact", _contacts[1998]);
        Guid added = _service.Create(new Entity("contact") { ["lastname"] = "Contact 1999b" });
        // A batch that stops at its second request rolls back the first (ExecuteTransaction: all or nothing).
        var batch = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection
            {
                new UpdateRequest { Target = new Entity("contact", _contacts[1997]) { ["lastname"] = "Contact 1999c" } },
                new DeleteRequest { Target = new EntityReference("contact", Guid.NewGuid()) },
            },
        };
        Assert.ThrowsAny<Exception>(() => _service.Execute(batch));

        Assert.Equal(new[] { "Contact 1999b" }, LastNames("lastname", ConditionOperator.BeginsWith, "Contact 1999"));
        Assert.Equal(new[] { "Contact 1997" }, LastNames("lastname", ConditionOperator.BeginsWith, "Contact 1997"));
        Assert.Empty(LastNames("lastname", ConditionOperator.BeginsWith, "Contact 1998"));
        Assert.Equal(new[] { "Renamed 1999" }, LastNames("lastname", ConditionOperator.BeginsWith, "renamed"));
        Assert.Equal(LastNamesByScan("lastname", ConditionOperator.BeginsWith, "Contact 199"), LastNames("lastname", ConditionOperator.BeginsWith, "Contact 199"));
        Assert.NotEqual(Guid.Empty, added);
    }

    [Fact]
    public void The_follow_up_jobs_query_by_key_prefix_reads_only_that_contacts_follow_ups()
    {
        // The shape of CxJourney.Plugins.FollowUps.ExistingFollowUps: cx_followupkey begins with the contact's
        // prefix, and (open, or created since the history window began).
        var tasks = new Entity[ContactCount];
        for (int i = 0; i < ContactCount; i++)
        {
            tasks[i] = new Entity("task", Guid.NewGuid())
            {
                ["subject"] = "Follow up " + i,
                ["cx_followupkey"] = $"contact:{_contacts[i]:D}|incident:{Guid.NewGuid():D}|rule-{i % 3}",
            };
        }
        _organization.Seed(tasks);
        QueryExpression Query(Guid contact)
        {
            var query = new QueryExpression("task") { ColumnSet = new ColumnSet("cx_followupkey"), NoLock = true };
            query.Criteria.AddCondition("cx_followupkey", ConditionOperator.BeginsWith, $"contact:{contact:D}|");
            FilterExpression either = query.Criteria.AddFilter(LogicalOperator.Or);
            either.AddCondition("statecode", ConditionOperator.Equal, 0);
            either.AddCondition("createdon", ConditionOperator.GreaterEqual, DateTime.UtcNow.AddDays(-30));
            return query;
        }
        _service.RetrieveMultiple(Query(_contacts[0]));

        long before = Scanned;
        EntityCollection found = _service.RetrieveMultiple(Query(_contacts[1500]));

        Assert.StartsWith($"contact:{_contacts[1500]:D}|", Assert.Single(found.Entities).GetAttributeValue<string>("cx_followupkey"));
        Assert.Equal(before, Scanned);
    }
}

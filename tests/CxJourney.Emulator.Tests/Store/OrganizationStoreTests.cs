using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Store;

public sealed class OrganizationStoreTests
{
    private static readonly AlternateKeyDefinition EmailKey = new("k_email", "Email", new[] { "email" });

    private static OrganizationStore NewStore()
    {
        var store = new OrganizationStore();
        store.EnsureTable(new TableStorageDefinition("person", new[] { "managerid" }, new[] { EmailKey }));
        return store;
    }

    private static Entity Person(string name, string? email = null, Guid? manager = null)
    {
        var row = new Entity("person", Guid.NewGuid()) { ["name"] = name };
        if (email is not null) row["email"] = email;
        if (manager is not null) row["managerid"] = new EntityReference("person", manager.Value);
        return row;
    }

    [Fact]
    public void A_rolled_back_transaction_undoes_inserts_updates_and_deletes()
    {
        OrganizationStore store = NewStore();
        Entity kept = Person("kept");
        Entity changed = Person("before");
        store.Insert(null, kept);
        store.Insert(null, changed);

        StoreTransaction transaction = store.BeginTransaction();
        store.Insert(transaction, Person("new"));
        store.Replace(transaction, new Entity("person", changed.Id) { ["name"] = "after" });
        store.Remove(transaction, "person", kept.Id);
        transaction.Rollback();

        Assert.Equal(new[] { "kept", "before" }, store.Scan("person").Select(r => (string)r["name"]!));
        Assert.False(transaction.IsActive);
    }

    [Fact]
    public void Rolling_back_to_a_savepoint_undoes_only_the_later_writes()
    {
        OrganizationStore store = NewStore();
        StoreTransaction transaction = store.BeginTransaction();
        store.Insert(transaction, Person("first"));
        int savepoint = transaction.Savepoint();
        store.Insert(transaction, Person("second"));

        transaction.RollbackTo(savepoint);
        transaction.Commit();

        Assert.Equal("first", Assert.Single(store.Scan("person"))["name"]);
    }

    [Fact]
    public void Committed_work_runs_the_after_commit_actions_and_rolled_back_work_does_not()
    {
        OrganizationStore store = NewStore();
        int runs = 0;
        StoreTransaction committed = store.BeginTransaction();
        committed.OnCommitted(() => runs++);
        StoreTransaction abandoned = store.BeginTransaction();
        abandoned.OnCommitted(() => runs += 10);

        committed.Commit();
        abandoned.Rollback();

        Assert.Equal(1, runs);
    }

    [Fact]
    public void A_lookup_index_finds_rows_by_reference_or_by_id_and_follows_updates()
    {
        OrganizationStore store = NewStore();
        Entity boss = Person("boss");
        store.Insert(null, boss);
        Entity report = Person("report", manager: boss.Id);
        store.Insert(null, report);

        Assert.Equal(report.Id, store.FindByIndex("person", "managerid", boss.Id)!.Single().Id);
        Assert.Single(store.FindByIndex("person", "managerid", new EntityReference("person", boss.Id))!);

        store.Replace(null, new Entity("person", report.Id) { ["name"] = "report" });
        Assert.Empty(store.FindByIndex("person", "managerid", boss.Id)!);
    }

    [Fact]
    public void A_lookup_held_by_thousands_of_rows_finds_exactly_its_rows_through_updates_deletes_and_rollbacks()
    {
        // The store files a value's rows as a sorted array while rare and as a bitmap once common (an owner, a
        // creating user); both must answer exactly, whichever form a value is in when it changes.
        OrganizationStore store = NewStore();
        Entity common = Person("common");
        Entity other = Person("other");
        Entity rare = Person("rare");
        store.Insert(null, common);
        store.Insert(null, other);
        store.Insert(null, rare);
        var reports = new List<Guid>();
        var expected = new Dictionary<Guid, HashSet<Guid>> { [common.Id] = new(), [other.Id] = new(), [rare.Id] = new() };
        for (int i = 0; i < 3000; i++)
        {
            Guid manager = i % 1000 == 999 ? rare.Id : i % 3 == 0 ? other.Id : common.Id;
            Entity report = Person("report " + i, manager: manager);
            store.Insert(null, report);
            reports.Add(report.Id);
            expected[manager].Add(report.Id);
        }
        void Move(Guid report, Guid to, StoreTransaction? transaction = null)
        {
            store.Replace(transaction, new Entity("person", report) { ["name"] = "moved", ["managerid"] = new EntityReference("person", to) });
            if (transaction is not null) return;
            foreach (HashSet<Guid> rows in expected.Values) rows.Remove(report);
            expected[to].Add(report);
        }

        for (int i = 1; i < 3000; i += 7)
        {
            if (expected[common.Id].Contains(reports[i])) Move(reports[i], other.Id);
        }
        Move(reports[5], rare.Id);
        store.Remove(null, "person", reports[2]);
        expected[common.Id].Remove(reports[2]);
        StoreTransaction rolledBack = store.BeginTransaction();
        store.Remove(rolledBack, "person", reports[4]);
        Move(reports[10], rare.Id, rolledBack);
        rolledBack.Rollback();
        for (int i = 0; i < 40; i++)
        {
            Entity late = Person("late " + i, manager: rare.Id);
            store.Insert(null, late);
            expected[rare.Id].Add(late.Id);
        }

        foreach (Guid manager in new[] { common.Id, other.Id, rare.Id })
        {
            var found = store.FindByIndex("person", "managerid", new EntityReference("person", manager))!.Select(r => r.Id).ToList();
            Assert.Equal(found.Count, found.Distinct().Count());
            Assert.True(expected[manager].SetEquals(found), $"manager {manager}: {found.Count} found, {expected[manager].Count} expected");
        }
        Assert.Equal(reports[4], store.Find("person", reports[4])!.Id);
    }

    [Fact]
    public void A_stored_row_reads_back_with_its_party_lists_own_id_and_version_and_a_read_after_a_write_sees_the_write()
    {
        OrganizationStore store = new();
        store.EnsureTable(TableStorageDefinition.Plain("email"));
        Guid id = Guid.NewGuid();
        Guid contact = Guid.NewGuid();
        var parties = new EntityCollection(new List<Entity>
        {
            new("activityparty") { ["partyid"] = new EntityReference("contact", contact), ["participationtypemask"] = new OptionSetValue(2) },
        }) { EntityName = "activityparty" };
        store.Insert(null, new Entity("email", id) { ["activityid"] = id, ["to"] = parties, ["versionnumber"] = 1234L, RowVersion = "1234" });
        store.Insert(null, new Entity("email", Guid.NewGuid()) { ["versionnumber"] = 7L, RowVersion = "not the number" });

        Entity first = store.Find("email", id)!;
        Entity party = Assert.Single(first.GetAttributeValue<EntityCollection>("to")!.Entities);
        store.Replace(null, new Entity("email", id) { ["activityid"] = id, ["subject"] = "written", ["versionnumber"] = 1240L, RowVersion = "1240" });
        Entity second = store.Find("email", id)!;

        Assert.Equal(id, first["activityid"]);
        Assert.Equal("1234", first.RowVersion);
        Assert.Equal("activityparty", first.GetAttributeValue<EntityCollection>("to")!.EntityName);
        Assert.Equal(contact, party.GetAttributeValue<EntityReference>("partyid")!.Id);
        Assert.Equal(2, party.GetAttributeValue<OptionSetValue>("participationtypemask")!.Value);
        Assert.Equal("written", second["subject"]);
        Assert.Equal("1240", second.RowVersion);
        Assert.False(second.Contains("to"));
        Assert.Equal("not the number", store.Scan("email").Last().RowVersion);
    }

    [Fact]
    public void An_unindexed_column_answers_null_so_the_caller_scans()
    {
        Assert.Null(NewStore().FindByIndex("person", "name", "x"));
    }

    [Fact]
    public void Alternate_key_conflicts_are_found_case_insensitively_and_rows_without_the_key_never_conflict()
    {
        OrganizationStore store = NewStore();
        store.Insert(null, Person("a", "ada@example.com"));
        store.Insert(null, Person("b"));

        Assert.NotNull(store.FindKeyConflict(Person("c", "ADA@example.com")));
        Assert.Null(store.FindKeyConflict(Person("d")));
        Assert.Null(store.FindKeyConflict(Person("e", "eve@example.com")));
    }

    [Fact]
    public void A_row_found_by_alternate_key_is_the_one_holding_the_values()
    {
        OrganizationStore store = NewStore();
        Entity ada = Person("a", "ada@example.com");
        store.Insert(null, ada);

        Guid? found = store.FindByAlternateKey("person", new System.Collections.Generic.Dictionary<string, object?> { ["email"] = "ada@example.com" }, out AlternateKeyDefinition? key);

        Assert.Equal(ada.Id, found);
        Assert.Equal("k_email", key!.LogicalName);
    }

    [Fact]
    public void Row_versions_grow_across_tables()
    {
        OrganizationStore store = NewStore();

        long first = store.NextRowVersion();
        long second = store.NextRowVersion();

        Assert.True(second > first);
    }

    [Fact]
    public void RowCopy_makes_values_independent_of_the_original()
    {
        var original = new Entity("person", Guid.NewGuid())
        {
            ["managerid"] = new EntityReference("person", Guid.NewGuid()),
            ["kind"] = new OptionSetValue(1),
            ["salary"] = new Money(10m),
        };

        Entity copy = RowCopy.Clone(original);
        copy.GetAttributeValue<EntityReference>("managerid")!.Id = Guid.Empty;
        copy.GetAttributeValue<OptionSetValue>("kind")!.Value = 2;
        copy.GetAttributeValue<Money>("salary")!.Value = 0m;

        Assert.NotEqual(Guid.Empty, original.GetAttributeValue<EntityReference>("managerid")!.Id);
        Assert.Equal(1, original.GetAttributeValue<OptionSetValue>("kind")!.Value);
        Assert.Equal(10m, original.GetAttributeValue<Money>("salary")!.Value);
    }
}

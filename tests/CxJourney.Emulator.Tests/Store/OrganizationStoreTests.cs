using System;
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

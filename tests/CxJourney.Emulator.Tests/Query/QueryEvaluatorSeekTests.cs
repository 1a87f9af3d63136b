using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Query;
using CxJourney.Emulator.Store;
using CxJourney.Emulator.Tests.Conformance;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Query;

/// <summary>The evaluator reads rows by key or index instead of scanning when the query allows it.</summary>
public class QueryEvaluatorSeekTests
{
    private sealed class CountingSource : IRowSource
    {
        private readonly IRowSource _inner;

        public CountingSource(IRowSource inner) { _inner = inner; }

        public List<string> Scans { get; } = new();

        public int Finds { get; private set; }

        public int IndexReads { get; private set; }

        public IEnumerable<RowView> Scan(string tableLogicalName)
        {
            Scans.Add(tableLogicalName);
            return _inner.Scan(tableLogicalName);
        }

        public RowView? Find(string tableLogicalName, Guid id)
        {
            Finds++;
            return _inner.Find(tableLogicalName, id);
        }

        public IReadOnlyCollection<RowView>? FindByIndex(string tableLogicalName, string columnLogicalName, object value)
        {
            IndexReads++;
            return _inner.FindByIndex(tableLogicalName, columnLogicalName, value);
        }

        public int PrefixReads { get; private set; }

        public IReadOnlyCollection<RowView>? FindByPrefix(string tableLogicalName, string columnLogicalName, string foldedPrefix)
        {
            PrefixReads++;
            return _inner.FindByPrefix(tableLogicalName, columnLogicalName, foldedPrefix);
        }

        public int Count(string tableLogicalName) => _inner.Count(tableLogicalName);
    }

    private static (QueryOrg Org, CountingSource Source, QueryEvaluator Evaluator) Setup()
    {
        var org = new QueryOrg();
        var source = new CountingSource(org.Organization.Core.Store);
        var evaluator = new QueryEvaluator(source, org.Organization.Metadata, org.Organization.Clock, org.UserId);
        return (org, source, evaluator);
    }

    [Fact]
    public void Equality_on_the_primary_key_reads_the_row_by_id()
    {
        var (org, source, evaluator) = Setup();
        Guid id = org.Account("Contoso");
        org.Account("Fabrikam");
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("accountid", ConditionOperator.Equal, id);

        EntityCollection result = evaluator.Execute(query);

        Assert.Equal("Contoso", Assert.Single(result.Entities)["name"]);
        Assert.DoesNotContain("account", source.Scans);
    }

    [Fact]
    public void Equality_on_a_lookup_reads_the_lookup_index()
    {
        var (org, source, evaluator) = Setup();
        Guid contoso = org.Account("Contoso");
        org.Contact("Ann", "Lee", ("parentcustomerid", new EntityReference("account", contoso)));
        org.Contact("Bob", "Ray");
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("firstname") };
        query.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, contoso);

        EntityCollection result = evaluator.Execute(query);

        Assert.Equal("Ann", Assert.Single(result.Entities)["firstname"]);
        Assert.DoesNotContain("contact", source.Scans);
        Assert.True(source.IndexReads > 0);
    }

    [Fact]
    public void An_inner_link_filtered_on_its_own_columns_seeks_the_root_through_the_lookup()
    {
        var (org, source, evaluator) = Setup();
        Guid contoso = org.Account("Contoso");
        Guid fabrikam = org.Account("Fabrikam");
        for (int i = 0; i < 5; i++)
        {
            org.Contact("C" + i, "Lee", ("parentcustomerid", new EntityReference("account", i == 0 ? contoso : fabrikam)));
        }

        EntityCollection result = evaluator.Execute(new FetchExpression(@"<fetch><entity name='contact'><attribute name='firstname' />
            <link-entity name='account' from='accountid' to='parentcustomerid'><filter><condition attribute='name' operator='eq' value='Contoso' /></filter></link-entity>
            </entity></fetch>"));

        Assert.Equal("C0", Assert.Single(result.Entities)["firstname"]);
        Assert.DoesNotContain("contact", source.Scans);
    }

    [Fact]
    public void Rows_not_returned_are_not_copied_and_returned_rows_are_not_the_stored_instances()
    {
        var (org, source, evaluator) = Setup();
        Guid id = org.Account("Contoso");

        Entity returned = Assert.Single(evaluator.Execute(new QueryExpression("account") { ColumnSet = new ColumnSet(true) }).Entities);

        Assert.True(source.Find("account", id)!.TryGetColumn("ownerid", out object? stored));
        EntityReference owner = Assert.IsType<EntityReference>(stored);
        Assert.NotSame(owner, returned["ownerid"]);
        Assert.Equal(owner.Id, Assert.IsType<EntityReference>(returned["ownerid"]).Id);
    }

    /// <summary>Counts the Entities made of the rows the evaluator reads.</summary>
    private sealed class EntityCountingSource : IRowSource
    {
        private readonly IRowSource _inner;

        public EntityCountingSource(IRowSource inner) { _inner = inner; }

        public int EntitiesMade { get; set; }

        public IEnumerable<RowView> Scan(string tableLogicalName) => _inner.Scan(tableLogicalName).Select(Wrap);

        public RowView? Find(string tableLogicalName, Guid id) => _inner.Find(tableLogicalName, id) is RowView row ? Wrap(row) : null;

        public IReadOnlyCollection<RowView>? FindByIndex(string tableLogicalName, string columnLogicalName, object value) =>
            _inner.FindByIndex(tableLogicalName, columnLogicalName, value)?.Select(Wrap).ToList();

        public IReadOnlyCollection<RowView>? FindByPrefix(string tableLogicalName, string columnLogicalName, string foldedPrefix) =>
            _inner.FindByPrefix(tableLogicalName, columnLogicalName, foldedPrefix)?.Select(Wrap).ToList();

        public int Count(string tableLogicalName) => _inner.Count(tableLogicalName);

        private RowView Wrap(RowView row) => new CountingView(row, this);

        private sealed class CountingView : RowView
        {
            private readonly RowView _row;
            private readonly EntityCountingSource _source;

            public CountingView(RowView row, EntityCountingSource source)
            {
                _row = row;
                _source = source;
            }

            public override string LogicalName => _row.LogicalName;

            public override Guid Id => _row.Id;

            public override string? RowVersion => _row.RowVersion;

            public override bool TryGetColumn(string column, out object? value) => _row.TryGetColumn(column, out value);

            public override IEnumerable<KeyValuePair<string, object?>> Columns() => _row.Columns();

            public override Entity ToEntity()
            {
                _source.EntitiesMade++;
                return _row.ToEntity();
            }
        }
    }

    [Fact]
    public void Filtering_joining_and_ordering_read_stored_values_without_making_an_entity_of_any_row()
    {
        var org = new QueryOrg();
        Guid contoso = org.Account("Contoso");
        Guid fabrikam = org.Account("Fabrikam");
        for (int i = 0; i < 20; i++)
        {
            org.Contact("C" + i, i % 7 == 0 ? "Lee" : "Ray", ("parentcustomerid", new EntityReference("account", i % 2 == 0 ? contoso : fabrikam)));
        }
        var source = new EntityCountingSource(org.Organization.Core.Store);
        var evaluator = new QueryEvaluator(source, org.Organization.Metadata, org.Organization.Clock, org.UserId);

        EntityCollection result = evaluator.Execute(new FetchExpression(@"<fetch><entity name='contact'><all-attributes />
            <filter><condition attribute='lastname' operator='eq' value='lee' /></filter><order attribute='firstname' descending='true' />
            <link-entity name='account' from='accountid' to='parentcustomerid' alias='a'><attribute name='name' /></link-entity>
            </entity></fetch>"));

        // Contacts 0, 7 and 14 are Lees; 0 and 14 belong to Contoso. Every contact and account was examined, none became an Entity.
        Assert.Equal(new[] { "C7", "C14", "C0" }, result.Entities.Select(e => (string)e["firstname"]!));
        Assert.Equal(new[] { "Fabrikam", "Contoso", "Contoso" }, result.Entities.Select(e => Assert.IsType<AliasedValue>(e["a.name"]).Value));
        Assert.Equal(0, source.EntitiesMade);
    }
}

using System.Linq;
using CxJourney.Emulator.Tests.Solution;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Tests.Metadata;

public class CatalogMergeTests
{
    private static readonly MetadataCatalog Catalog = MetadataCatalog.Load(SolutionFixtures.Fixture("minimal"));

    [Fact]
    public void A_solution_column_is_added_to_a_standard_table_without_losing_the_platform_columns()
    {
        var task = Catalog.GetTable("task");
        var rule = task.GetColumn("cx_followuprule");
        Assert.Equal(ColumnType.String, rule.Type);
        Assert.Equal(100, rule.MaxLength);
        Assert.True(rule.IsCustom);
        Assert.Equal("Entities/Task/Entity.xml", rule.Source!.File);
        // The platform's task stays as it was.
        Assert.Equal("subject", task.PrimaryNameAttribute);
        Assert.Equal(4212, task.ObjectTypeCode);
        Assert.False(task.IsCustom);
        Assert.True(task.HasColumn("percentcomplete"));
        Assert.Equal(2, task.GetDefaultStatus(0));
        Assert.False(MetadataCatalog.Standard.GetTable("task").HasColumn("cx_followuprule"));
    }

    [Fact]
    public void A_global_choice_becomes_the_columns_options()
    {
        var sentiment = Catalog.GetColumn("cx_touchpoint", "cx_sentiment");
        Assert.True(sentiment.IsGlobalChoice);
        Assert.Equal("cx_sentiment", sentiment.OptionSetName);
        Assert.Equal(new[] { 100000000, 100000001, 100000002 }, sentiment.Options.Select(o => o.Value));
        Assert.True(sentiment.TryGetOption(100000002, out var positive));
        Assert.Equal("Positive", positive.Label);
        Assert.True(Catalog.TryGetGlobalChoice("cx_sentiment", out var choice));
        Assert.Equal(3, choice.Options.Count);
    }

    [Fact]
    public void A_custom_table_gets_names_keys_and_states_from_its_entity_file()
    {
        var touchpoint = Catalog.GetTable("cx_touchpoint");
        Assert.True(touchpoint.IsCustom);
        Assert.Null(touchpoint.ObjectTypeCode);
        Assert.Equal("cx_touchpoints", touchpoint.EntitySetName);
        Assert.Equal("cx_touchpointid", touchpoint.PrimaryIdAttribute);
        Assert.Equal("cx_name", touchpoint.PrimaryNameAttribute);
        Assert.Equal(new[] { "cx_externalid" }, touchpoint.FindAlternateKey("cx_touchpoint_externalid")!.KeyAttributes);
        Assert.Equal(new[] { 2, 100000000 }, touchpoint.States.Single(s => s.Value == 1).Statuses);
        Assert.True(touchpoint.IsValidStatus(1, 100000000));
        Assert.False(touchpoint.IsValidStatus(0, 100000000));
        Assert.Same(touchpoint, Catalog.GetTable("cx_touchpoint"));
        Assert.True(Catalog.TryGetTableByEntitySetName("cx_touchpoints", out _));
    }

    [Fact]
    public void A_custom_table_gets_the_columns_every_table_has_even_when_the_file_leaves_them_out()
    {
        var touchpoint = Catalog.GetTable("cx_touchpoint");
        Assert.Equal(ColumnType.BigInt, touchpoint.GetColumn("versionnumber").Type);
        Assert.Null(touchpoint.GetColumn("versionnumber").Source);
        Assert.Equal(new[] { "systemuser" }, touchpoint.GetColumn("modifiedby").Targets);
        Assert.Equal(new[] { "team" }, touchpoint.GetColumn("owningteam").Targets);
        // ownerid came from the file with lookup types 8 and 9.
        Assert.Equal(new[] { "systemuser", "team" }, touchpoint.GetColumn("ownerid").Targets);
        Assert.NotNull(touchpoint.GetColumn("ownerid").Source);
    }

    [Fact]
    public void Lookup_targets_come_from_the_relationships()
    {
        Assert.Equal(new[] { "contact" }, Catalog.GetColumn("cx_touchpoint", "cx_contactid").Targets);
        var toContact = Catalog.Relationships.Single(r => r.SchemaName == "cx_contact_cx_touchpoint");
        Assert.Equal(CascadeRule.Cascade, toContact.CascadeDelete);
        Assert.Equal("cx_touchpoint", toContact.ReferencingTable);
        Assert.Contains(toContact, Catalog.RelationshipsReferencing("contact"));
    }

    [Fact]
    public void An_activity_relationship_adds_the_custom_table_to_regarding()
    {
        var regarding = Catalog.GetColumn("task", "regardingobjectid");
        Assert.Contains("cx_touchpoint", regarding.Targets);
        Assert.Contains("incident", regarding.Targets);
        Assert.DoesNotContain("cx_touchpoint", MetadataCatalog.Standard.GetColumn("task", "regardingobjectid").Targets);
        Assert.DoesNotContain("cx_touchpoint", Catalog.GetColumn("email", "regardingobjectid").Targets);
    }

    [Fact]
    public void Unknown_tables_are_rejected_with_the_platform_message_and_names_match_exactly()
    {
        var unknown = Assert.Throws<UnknownTableException>(() => Catalog.GetTable("cx_journey"));
        Assert.Equal("cx_journey", unknown.TableName);
        Assert.Equal("The entity with a name = 'cx_journey' with namemapping = 'Logical' was not found in the MetadataCache.", unknown.Message);
        // Logical names are lower case; "Contact" is the schema name, not a logical name.
        Assert.Throws<UnknownTableException>(() => Catalog.GetTable("Contact"));
        Assert.False(Catalog.ContainsTable("CX_TOUCHPOINT"));
        Assert.True(Catalog.ContainsTable("contact"));
    }

    [Fact]
    public void Unknown_columns_are_rejected_with_the_platform_message()
    {
        var ex = Assert.Throws<UnknownColumnException>(() => Catalog.GetColumn("contact", "cx_nosuchcolumn"));
        Assert.Equal("'contact' entity doesn't contain attribute with Name = 'cx_nosuchcolumn' and NameMapping = 'Logical'.", ex.Message);
        Assert.Throws<UnknownColumnException>(() => Catalog.GetColumn("contact", "FirstName"));
    }

    [Fact]
    public void The_standard_catalog_alone_has_no_solution_tables()
    {
        Assert.False(MetadataCatalog.Standard.ContainsTable("cx_touchpoint"));
        Assert.Empty(MetadataCatalog.Standard.GlobalChoices);
        Assert.Equal(MetadataCatalog.Standard.Tables.Count + 1, Catalog.Tables.Count);
    }
}

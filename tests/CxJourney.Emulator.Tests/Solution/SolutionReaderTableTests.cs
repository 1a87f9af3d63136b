using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Tests.Solution;

public class SolutionReaderTableTests
{
    private static readonly SolutionDefinition Minimal = SolutionReader.Read(SolutionFixtures.Fixture("minimal"));

    private static TableDefinition Touchpoint => Minimal.FindTable("cx_touchpoint")!;

    [Fact]
    public void Reads_a_custom_table_with_its_names_and_ownership()
    {
        var table = Touchpoint;
        Assert.Equal("cx_Touchpoint", table.SchemaName);
        Assert.Equal("Touchpoint", table.DisplayName);
        Assert.Equal("Touchpoints", table.DisplayCollectionName);
        Assert.Equal("cx_touchpoints", table.EntitySetName);
        Assert.Equal(TableOwnership.UserOwned, table.Ownership);
        Assert.False(table.IsPartial);
        Assert.False(table.IsActivity);
        Assert.Equal("Entities/cx_Touchpoint/Entity.xml", table.Source.File);
    }

    [Fact]
    public void Classifies_string_column_with_length_and_primary_name()
    {
        var name = Touchpoint.Columns.Single(c => c.LogicalName == "cx_name");
        Assert.Equal(ColumnType.String, name.Type);
        Assert.Equal("nvarchar", name.TypeCode);
        Assert.Equal("cx_Name", name.SchemaName);
        Assert.Equal(200, name.MaxLength);
        Assert.True(name.IsPrimaryName);
        Assert.Equal(RequiredLevel.ApplicationRequired, name.RequiredLevel);
        Assert.True(name.IsCustom);

        var id = Touchpoint.Columns.Single(c => c.IsPrimaryId);
        Assert.Equal("cx_touchpointid", id.LogicalName);
        Assert.Equal(ColumnType.Uniqueidentifier, id.Type);
        Assert.False(id.IsValidForUpdate);
    }

    [Fact]
    public void Reads_a_local_choice_with_options_and_default()
    {
        var channel = Touchpoint.Columns.Single(c => c.LogicalName == "cx_channel");
        Assert.Equal(ColumnType.Picklist, channel.Type);
        Assert.NotNull(channel.LocalOptionSet);
        Assert.Equal("cx_touchpoint_cx_channel", channel.LocalOptionSet!.Name);
        Assert.Equal(new[] { 100000000, 100000001, 100000002 }, channel.LocalOptionSet.Options.Select(o => o.Value));
        Assert.Equal("Phone", channel.LocalOptionSet.Options[1].Label);
        Assert.Equal(100000000, channel.DefaultValue);
        Assert.Null(channel.GlobalOptionSetName);
    }

    [Fact]
    public void Reads_a_global_choice_reference_and_treats_default_minus_one_as_none()
    {
        var sentiment = Touchpoint.Columns.Single(c => c.LogicalName == "cx_sentiment");
        Assert.Equal("cx_sentiment", sentiment.GlobalOptionSetName);
        Assert.Null(sentiment.LocalOptionSet);
        Assert.Null(sentiment.DefaultValue);
        Assert.Equal(RequiredLevel.Recommended, sentiment.RequiredLevel);
    }

    [Fact]
    public void Reads_lookup_integer_datetime_and_boolean_columns()
    {
        var columns = Touchpoint.Columns.ToDictionary(c => c.LogicalName);
        Assert.Equal(ColumnType.Lookup, columns["cx_contactid"].Type);
        Assert.Empty(columns["cx_contactid"].LookupTypeCodes);
        Assert.Equal(ColumnType.Owner, columns["ownerid"].Type);
        Assert.Equal(new[] { 8, 9 }, columns["ownerid"].LookupTypeCodes);
        Assert.Equal(0m, columns["cx_score"].MinValue);
        Assert.Equal(100m, columns["cx_score"].MaxValue);
        Assert.Equal(ColumnDateTimeBehavior.TimeZoneIndependent, columns["cx_occurredon"].DateTimeBehavior);
        Assert.Equal(ChoiceKind.Boolean, columns["cx_isresolved"].LocalOptionSet!.Kind);
        Assert.Equal(0, columns["cx_isresolved"].DefaultValue);
        Assert.False(columns["createdon"].IsValidForCreate);
    }

    [Fact]
    public void Reads_states_with_default_status_and_statuses_with_their_state()
    {
        var columns = Touchpoint.Columns.ToDictionary(c => c.LogicalName);
        var states = columns["statecode"].LocalOptionSet!;
        Assert.Equal(ChoiceKind.State, states.Kind);
        Assert.Equal(2, states.Options[1].DefaultStatus);
        Assert.Equal("Inactive", states.Options[1].InvariantName);
        var statuses = columns["statuscode"].LocalOptionSet!;
        Assert.Equal(ChoiceKind.Status, statuses.Kind);
        var archived = statuses.Options.Single(o => o.Value == 100000000);
        Assert.Equal("Archived", archived.Label);
        Assert.Equal(1, archived.State);
    }

    [Fact]
    public void Reads_an_alternate_key()
    {
        var key = Assert.Single(Touchpoint.AlternateKeys);
        Assert.Equal("cx_touchpoint_externalid", key.LogicalName);
        Assert.Equal(new[] { "cx_externalid" }, key.KeyAttributes);
        Assert.Equal("External Id", key.DisplayName);
    }

    [Fact]
    public void A_standard_table_folder_is_a_partial_definition_with_only_the_added_column()
    {
        var task = Minimal.FindTable("task")!;
        Assert.True(task.IsPartial);
        Assert.Null(task.Ownership);
        var column = Assert.Single(task.Columns);
        Assert.Equal("cx_followuprule", column.LogicalName);
        Assert.Equal(100, column.MaxLength);
    }

    [Fact]
    public void Every_column_points_at_its_attribute_element()
    {
        var score = Touchpoint.Columns.Single(c => c.LogicalName == "cx_score");
        Assert.Equal("Entities/cx_Touchpoint/Entity.xml", score.Source.File);
        Assert.Equal("/Entity/EntityInfo/entity[@Name='cx_Touchpoint']/attributes/attribute[@PhysicalName='cx_Score']", score.Source.ElementPath);
        Assert.True(score.Source.Line > 0);
    }

    [Fact]
    public void Reads_global_option_sets_and_relationships()
    {
        var sentiment = Assert.Single(Minimal.GlobalOptionSets);
        Assert.Equal("cx_sentiment", sentiment.Name);
        Assert.True(sentiment.IsGlobal);
        Assert.Equal("Sentiment", sentiment.DisplayName);
        Assert.Equal(new[] { "Negative", "Neutral", "Positive" }, sentiment.Options.Select(o => o.Label));

        Assert.Equal(new[] { "cx_contact_cx_touchpoint", "cx_touchpoint_Tasks" }, Minimal.RelationshipIndex);
        var toContact = Minimal.Relationships.Single(r => r.Name == "cx_contact_cx_touchpoint");
        Assert.Equal(RelationshipKind.OneToMany, toContact.Kind);
        Assert.Equal("cx_touchpoint", toContact.ReferencingTable);
        Assert.Equal("contact", toContact.ReferencedTable);
        Assert.Equal("cx_contactid", toContact.ReferencingAttribute);
        Assert.Equal("cx_ContactId", toContact.ReferencingAttributeName);
        Assert.Equal(CascadeRule.Cascade, toContact.CascadeDelete);
        Assert.Equal(CascadeRule.NoCascade, toContact.CascadeAssign);
        Assert.Equal("Other/Relationships/Contact.xml", toContact.Source.File);
    }
}

using System.Linq;
using CxJourney.Emulator.Tests.Solution;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Reading;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Tests.Metadata;

public class CatalogErrorTests
{
    [Fact]
    public void A_column_using_an_undefined_global_choice_is_reported_at_the_column()
    {
        using var temp = new TempSolution("minimal");
        temp.Delete("OptionSets/cx_sentiment.xml");
        var solution = SolutionReader.Read(temp.Root);

        var ex = Assert.Throws<SolutionFormatException>(() => MetadataCatalog.Create(solution));
        var issue = Assert.Single(ex.Issues);
        Assert.Equal("Entities/cx_Touchpoint/Entity.xml", issue.Location.File);
        Assert.EndsWith("attribute[@PhysicalName='cx_Sentiment']", issue.Location.ElementPath);
        Assert.Contains("global option set 'cx_sentiment'", issue.Message);
    }

    [Fact]
    public void A_lookup_without_a_relationship_has_no_target_and_is_reported()
    {
        using var temp = new TempSolution("minimal");
        temp.Delete("Other/Relationships/Contact.xml");
        var result = MetadataCatalog.Analyze(SolutionReader.Read(temp.Root));

        var issue = Assert.Single(result.Issues);
        Assert.Contains("lookup column 'cx_contactid' of table 'cx_touchpoint' has no target", issue.Message);
        Assert.Empty(result.Catalog.GetColumn("cx_touchpoint", "cx_contactid").Targets);
    }

    [Fact]
    public void A_partial_definition_of_a_table_that_is_not_standard_is_reported()
    {
        using var temp = new TempSolution("minimal");
        temp.Write("Entities/cx_Journey/Entity.xml", """
            <Entity>
              <Name>cx_Journey</Name>
              <EntityInfo><entity Name="cx_Journey"><attributes>
                <attribute PhysicalName="cx_Stage"><Type>nvarchar</Type><LogicalName>cx_stage</LogicalName><MaxLength>50</MaxLength></attribute>
              </attributes></entity></EntityInfo>
            </Entity>
            """);
        var result = MetadataCatalog.Analyze(SolutionReader.Read(temp.Root));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("Entities/cx_Journey/Entity.xml", issue.Location.File);
        Assert.Contains("not a standard table", issue.Message);
        Assert.False(result.Catalog.ContainsTable("cx_journey"));
    }

    [Fact]
    public void A_relationship_naming_a_missing_column_is_reported_at_the_relationship()
    {
        using var temp = new TempSolution("minimal");
        temp.Replace("Other/Relationships/Contact.xml", "<ReferencingAttributeName>cx_ContactId", "<ReferencingAttributeName>cx_PersonId");
        var issues = MetadataCatalog.Analyze(SolutionReader.Read(temp.Root)).Issues;

        Assert.Contains(issues, i => i.Location.File == "Other/Relationships/Contact.xml" && i.Message.Contains("column 'cx_personid'"));
        // Without the relationship, cx_contactid has no target either.
        Assert.Contains(issues, i => i.Message.Contains("'cx_contactid'"));
        Assert.Equal(2, issues.Count);
    }

    [Fact]
    public void An_alternate_key_on_a_missing_column_and_a_status_of_a_missing_state_are_reported()
    {
        using var temp = new TempSolution("minimal");
        temp.Replace("Entities/cx_Touchpoint/Entity.xml", "<AttributeName>cx_externalid</AttributeName>", "<AttributeName>cx_code</AttributeName>");
        temp.Replace("Entities/cx_Touchpoint/Entity.xml", "<status value=\"100000000\" state=\"1\">", "<status value=\"100000000\" state=\"4\">");
        var issues = MetadataCatalog.Analyze(SolutionReader.Read(temp.Root)).Issues.Select(i => i.Message).ToList();

        Assert.Equal(2, issues.Count);
        Assert.Contains(issues, m => m.Contains("alternate key 'cx_touchpoint_externalid' uses column(s) cx_code"));
        Assert.Contains(issues, m => m.Contains("status 100000000 'Archived'") && m.Contains("state 4"));
    }

    [Fact]
    public void A_custom_table_without_statecode_gets_active_and_inactive()
    {
        using var temp = new TempSolution("minimal");
        var entity = System.IO.File.ReadAllText(temp.PathOf("Entities/cx_Touchpoint/Entity.xml"));
        var start = entity.IndexOf("<attribute PhysicalName=\"statecode\">", System.StringComparison.Ordinal);
        var end = entity.IndexOf("</attributes>", System.StringComparison.Ordinal);
        temp.Write("Entities/cx_Touchpoint/Entity.xml", entity[..start] + entity[end..]);

        var table = MetadataCatalog.Load(temp.Root).GetTable("cx_touchpoint");
        Assert.Equal(new[] { "Active", "Inactive" }, table.States.Select(s => s.Label));
        Assert.Equal(2, table.GetDefaultStatus(1));
        Assert.Equal(ColumnType.Status, table.GetColumn("statuscode").Type);
    }

    [Fact]
    public void Without_an_entity_set_name_the_collection_name_is_the_plural_of_the_logical_name()
    {
        using var temp = new TempSolution("minimal");
        temp.Replace("Entities/cx_Touchpoint/Entity.xml", "<EntitySetName>cx_touchpoints</EntitySetName>", "");
        var catalog = MetadataCatalog.Load(temp.Root);
        Assert.Equal("cx_touchpoints", catalog.GetTable("cx_touchpoint").EntitySetName);
    }
}

using System.IO;
using System.Linq;
using CxJourney.SolutionModel.Metadata.Standard;
using CxJourney.SolutionModel.Schema;
using CxJourney.Tests.Shared;

namespace CxJourney.Emulator.Tests.Metadata;

/// <summary>How a reference file is laid over a hand-written table (fixture: a few columns of the contact page).</summary>
public class ReferenceMergeTests
{
    private static readonly string[] Known = ["account", "contact", "systemuser", "team", "businessunit", "transactioncurrency"];

    private static SolutionModel.Metadata.TableMetadata Merged()
    {
        var reference = ReferenceReader.Read("contact.tsv",
            File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "CxJourney.Emulator.Tests", "fixtures", "standard-reference", "contact.tsv")));
        return ReferenceMerge.Apply(ContactTable.Build(), reference, Known.ToHashSet());
    }

    [Fact]
    public void Columns_of_the_page_are_added_with_the_pages_facts()
    {
        var children = Merged().GetColumn("numberofchildren");
        Assert.Equal(ColumnType.Integer, children.Type);
        Assert.Equal((0m, 1_000_000_000m), (children.MinValue!.Value, children.MaxValue!.Value));
        Assert.Equal("No. of Children", children.DisplayName);
        Assert.Equal("date", Merged().GetColumn("birthdate").Format);
    }

    [Fact]
    public void Image_columns_are_left_out()
        => Assert.False(Merged().HasColumn("entityimage"));

    [Fact]
    public void Targets_keep_only_known_tables_and_a_lookup_without_any_takes_only_null()
    {
        var equipment = Merged().GetColumn("preferredequipmentid");
        Assert.Empty(equipment.Targets);
        Assert.True(equipment.HasNoKnownTarget);
        Assert.Equal(new[] { "account", "contact" }, Merged().GetColumn("parentcustomerid").Targets);
        Assert.False(Merged().GetColumn("parentcustomerid").HasNoKnownTarget);
    }

    [Fact]
    public void States_come_from_statecode_and_statuscode()
    {
        var table = Merged();
        Assert.Equal(new[] { 0, 1 }, table.States.Select(s => s.Value));
        Assert.Equal(2, table.GetDefaultStatus(1));
        Assert.True(table.IsValidStatus(1, 2));
        Assert.False(table.GetColumn("statecode").IsValidForCreate);
    }

    [Fact]
    public void A_default_the_page_does_not_print_stays_from_the_hand_written_column()
    {
        var method = Merged().GetColumn("preferredcontactmethodcode");
        Assert.Equal(1, method.DefaultValue);
        Assert.Equal(5, method.Options.Count);
    }

    [Fact]
    public void Yes_no_options_are_in_value_order_with_the_pages_labels_and_default()
    {
        var email = Merged().GetColumn("donotemail");
        Assert.Equal(new[] { "Allow", "Do Not Allow" }, email.Options.Select(o => o.Label));
        Assert.Equal(0, email.DefaultValue);
    }
}

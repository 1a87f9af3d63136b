using System.IO;
using System.Linq;
using CxJourney.SolutionModel.Metadata.Standard;
using CxJourney.SolutionModel.Schema;
using CxJourney.Tests.Shared;

namespace CxJourney.Emulator.Tests.Metadata;

/// <summary>The reader of the standard-table reference files (format: the Reference/*.tsv files' layout).</summary>
public class ReferenceReaderTests
{
    private const string Header = ReferenceReader.Header;
    private const string Table = "@table\tcontact\tschema=Contact\tset=contacts\tprimaryid=contactid\tprimaryname=fullname\totc=-\townership=UserOwned";

    private static ReferenceTable Fixture() => ReferenceReader.Read("contact.tsv",
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "CxJourney.Emulator.Tests", "fixtures", "standard-reference", "contact.tsv")));

    [Fact]
    public void Reads_the_table_properties_and_page()
    {
        var table = Fixture();
        Assert.Equal("contact", table.LogicalName);
        Assert.Equal("Contact", table.SchemaName);
        Assert.Equal("contacts", table.EntitySetName);
        Assert.Equal("contactid", table.PrimaryIdAttribute);
        Assert.Equal("fullname", table.PrimaryNameAttribute);
        Assert.Equal(2, table.ObjectTypeCode);
        Assert.Equal(TableOwnership.UserOwned, table.Ownership);
        Assert.Equal("https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact", table.Page);
        Assert.Equal(10, table.Columns.Count);
    }

    [Fact]
    public void Reads_every_cell_of_a_column()
    {
        var table = Fixture();
        var children = table.Columns.Single(c => c.LogicalName == "numberofchildren");
        Assert.Equal(ColumnType.Integer, children.Type);
        Assert.Equal(0m, children.MinValue);
        Assert.Equal(1_000_000_000m, children.MaxValue);
        Assert.True(children.IsValidForCreate && children.IsValidForUpdate);
        Assert.Equal("No. of Children", children.DisplayName);
        Assert.Equal(11, children.Line);

        var fullname = table.Columns.Single(c => c.LogicalName == "fullname");
        Assert.Equal(160, fullname.MaxLength);
        Assert.False(fullname.IsValidForCreate || fullname.IsValidForUpdate);

        var id = table.Columns.Single(c => c.LogicalName == "contactid");
        Assert.Equal(RequiredLevel.SystemRequired, id.RequiredLevel);
        Assert.True(id.IsValidForCreate);
        Assert.False(id.IsValidForUpdate);

        var birth = table.Columns.Single(c => c.LogicalName == "birthdate");
        Assert.Equal(ColumnDateTimeBehavior.DateOnly, birth.DateTimeBehavior);
        Assert.Equal("DateOnly", birth.Format);

        Assert.Equal(new[] { "account", "contact" }, table.Columns.Single(c => c.LogicalName == "parentcustomerid").Targets);
        Assert.Equal(new[] { "equipment" }, table.Columns.Single(c => c.LogicalName == "preferredequipmentid").Targets);
        Assert.Equal("Image", table.Columns.Single(c => c.LogicalName == "entityimage").TypeName);
    }

    [Fact]
    public void Reads_options_with_states_default_statuses_and_boolean_defaults()
    {
        var table = Fixture();
        var state = table.Columns.Single(c => c.LogicalName == "statecode");
        Assert.Equal(new int?[] { 1, 2 }, state.Options.Select(o => o.DefaultStatus));
        Assert.Equal(new[] { "Active", "Inactive" }, state.Options.Select(o => o.Label));
        var status = table.Columns.Single(c => c.LogicalName == "statuscode");
        Assert.Equal(new int?[] { 0, 1 }, status.Options.Select(o => o.State));
        var email = table.Columns.Single(c => c.LogicalName == "donotemail");
        Assert.Equal(0, email.DefaultValue);
        Assert.Equal("Do Not Allow", email.Options.Single(o => o.Value == 1).Label);
    }

    [Fact]
    public void Reads_relationships_with_their_cascades()
    {
        var table = Fixture();
        var tasks = table.Relationships.Single(r => r.SchemaName == "Contact_Tasks");
        Assert.Equal(("task", "regardingobjectid"), (tasks.ReferencingTable, tasks.ReferencingAttribute));
        Assert.Equal(CascadeRule.Cascade, tasks.Delete);
        Assert.Equal(CascadeRule.Cascade, tasks.Assign);
        var master = table.Relationships.Single(r => r.SchemaName == "contact_master_contact");
        Assert.Equal(CascadeRule.RemoveLink, master.Delete);
        Assert.Null(master.Share);
    }

    public static TheoryData<string, int, string> BadLines => new()
    {
        // A column line with 14 cells (one TAB missing).
        { "firstname\tFirstName\tString\tNone\tCU\t50\t-\t-\t-\tText\t-\t-\t-\tFirst Name", 3, "15 TAB-separated cells" },
        { "firstname\tFirstName\tText\tNone\tCU\t50\t-\t-\t-\tText\t-\t-\t-\t-\tFirst Name", 3, "unknown type 'Text'" },
        { "firstname\tFirstName\tString\tMandatory\tCU\t50\t-\t-\t-\tText\t-\t-\t-\t-\tFirst Name", 3, "required level 'Mandatory'" },
        { "firstname\tFirstName\tString\tNone\tRW\t50\t-\t-\t-\tText\t-\t-\t-\t-\tFirst Name", 3, "access 'RW'" },
        { "firstname\tFirstName\tString\tNone\tCU\tfifty\t-\t-\t-\tText\t-\t-\t-\t-\tFirst Name", 3, "maxlength 'fifty'" },
        { "numberofchildren\tNumberOfChildren\tInteger\tNone\tCU\t-\t0\tmany\t-\tNone\t-\t-\t-\t-\tChildren", 3, "max 'many'" },
        { "firstname\tLastName\tString\tNone\tCU\t50\t-\t-\t-\tText\t-\t-\t-\t-\tFirst Name", 3, "does not match logical name" },
        { "parentcustomerid\tParentCustomerId\tCustomer\tNone\tCU\t-\t-\t-\t-\t-\t-\taccount, contact\t-\t-\tCompany", 3, "target ' contact'" },
        { "statuscode\tStatusCode\tStatus\tNone\tCU\t-\t-\t-\t-\t-\t-\t-\t-\t1=Active;2=Inactive@1\tStatus Reason", 3, "needs its state" },
        { "statecode\tStateCode\tState\tSystemRequired\tU\t-\t-\t-\t-\t-\t-\t-\t-\t0=Active;1=Inactive#2\tStatus", 3, "needs its default status" },
        { "gendercode\tGenderCode\tPicklist\tNone\tCU\t-\t-\t-\t-\t-\t-\t-\t-\tMale;2=Female\tGender", 3, "option 'Male'" },
        { "birthdate\tBirthDate\tDateTime\tNone\tCU\t-\t-\t-\t-\tDateOnly\tLocal\t-\t-\t-\tBirthday", 3, "date behaviour 'Local'" },
        { "@rel\tContact_Tasks\ttask\tregardingobjectid\tdelete=Cascades", 3, "delete 'Cascades'" },
        { "@rel\tContact_Tasks\ttask\tregardingobjectid\tremove=Cascade", 3, "'remove=Cascade'" },
        { "@relationship\tContact_Tasks", 3, "unknown directive" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void A_malformed_line_fails_naming_file_and_line(string line, int lineNumber, string problem)
    {
        var text = Table + "\n" + Header + "\n" + line + "\n";
        var error = Assert.Throws<ReferenceFormatException>(() => ReferenceReader.Read("contact.tsv", text));
        Assert.Equal("contact.tsv", error.FileName);
        Assert.Equal(lineNumber, error.Line);
        Assert.StartsWith($"contact.tsv line {lineNumber}: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_file_without_its_table_line_or_header_fails()
    {
        Assert.Contains("@table line", Assert.Throws<ReferenceFormatException>(
            () => ReferenceReader.Read("contact.tsv", Header + "\n")).Message);
        Assert.Contains("header", Assert.Throws<ReferenceFormatException>(
            () => ReferenceReader.Read("contact.tsv", Table + "\n")).Message);
        var misnamed = Assert.Throws<ReferenceFormatException>(() => ReferenceReader.Read("account.tsv", Table + "\n" + Header + "\n"));
        Assert.Contains("named for 'account'", misnamed.Message);
    }

    [Fact]
    public void A_column_listed_twice_fails_at_its_second_line()
    {
        var line = "firstname\tFirstName\tString\tNone\tCU\t50\t-\t-\t-\tText\t-\t-\t-\t-\tFirst Name";
        var error = Assert.Throws<ReferenceFormatException>(() => ReferenceReader.Read("contact.tsv", $"# c\n{Table}\n{Header}\n{line}\n{line}\n"));
        Assert.Equal(5, error.Line);
        Assert.Contains("appears twice", error.Message);
    }
}

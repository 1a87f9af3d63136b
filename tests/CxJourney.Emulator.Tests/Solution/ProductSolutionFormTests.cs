using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>The main form of each CxJourney table in Solution/ (Entities/&lt;table&gt;/FormXml/main/{id}.xml).</summary>
public sealed class ProductSolutionFormTests
{
    // The control each column type gets, from the FormXml <control> reference.
    // https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg334472(v=crm.8)
    private static readonly Dictionary<string, Guid> ControlByType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nvarchar"] = new("4273EDBD-AC1D-40d3-9FB2-095C621B552D"),
        ["ntext"] = new("E0DECE4B-6FC8-4a8f-A065-082708572369"),
        ["lookup"] = new("270BD3DB-D9AF-4782-9025-509E298DEC0A"),
        ["owner"] = new("270BD3DB-D9AF-4782-9025-509E298DEC0A"),
        ["picklist"] = new("3EF39988-22BB-4f0b-BBBE-64B5A3748AEE"),
        ["datetime"] = new("5B773807-9FB2-42db-97C3-7A91EFF8ADFF"),
        ["int"] = new("C6D124CA-7EDA-4a60-AEA9-7FB8D318B68F"),
        ["decimal"] = new("C3EFE0C3-0EC6-42be-8349-CBD9079DFD8E"),
        ["float"] = new("0D2C745A-E5A8-4c8f-BA63-C6D3BB604660"),
        ["bit"] = new("B0C6723A-8503-4fd7-BB28-C8A06AC933C2"),
    };

    private static readonly Guid SubgridControl = new("E7A81278-8635-4d9e-8D4D-59480B391C5B");

    public static TheoryData<string> Tables => new(ProductSolutionFiles.CustomTables);

    private static XElement MainForm(string table)
    {
        var file = Assert.Single(ProductSolutionFiles.Table(table).FormFiles, f => f.Contains("/FormXml/main/", StringComparison.Ordinal));
        return Assert.Single(ProductSolutionFiles.Root(file).Elements("systemform"));
    }

    private static IEnumerable<XElement> BoundControls(XElement form)
        => form.Descendants("control").Where(c => c.Attribute("datafieldname") is not null);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_table_has_one_main_form_named_after_its_id(string table)
    {
        var files = ProductSolutionFiles.Table(table).FormFiles;
        var file = Assert.Single(files);
        var form = MainForm(table);
        var id = (string)form.Element("formid")!;
        Assert.Equal(id + ".xml", Path.GetFileName(file));
        Assert.Equal("1", (string?)form.Element("FormPresentation"));
        Assert.False(string.IsNullOrWhiteSpace(English(form.Element("LocalizedNames"), "LocalizedName")));
        Assert.False(string.IsNullOrWhiteSpace(English(form.Element("Descriptions"), "Description")));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_bound_control_names_a_column_of_its_table_with_the_control_for_its_type(string table)
    {
        var columns = ProductSolutionFiles.Table(table).Columns.ToDictionary(c => c.LogicalName);
        var controls = BoundControls(MainForm(table)).ToList();
        Assert.NotEmpty(controls);
        foreach (var control in controls)
        {
            var field = (string)control.Attribute("datafieldname")!;
            Assert.True(columns.TryGetValue(field, out var column), $"{table} form: '{field}' is not a column of {table}");
            Assert.True(ControlByType.TryGetValue(column.TypeCode, out var expected), $"{table}.{field}: no control known for type {column.TypeCode}");
            Assert.Equal(expected, Guid.Parse((string)control.Attribute("classid")!));
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_cx_column_is_on_the_form_once_outside_the_header(string table)
    {
        var form = MainForm(table);
        var inBody = BoundControls(form.Element("form")!.Element("tabs")!).Select(c => (string)c.Attribute("datafieldname")!).ToList();
        var custom = ProductSolutionFiles.Table(table).Columns.Where(c => c.LogicalName.StartsWith("cx_", StringComparison.Ordinal) && !c.IsPrimaryId).Select(c => c.LogicalName);
        Assert.Empty(custom.Except(inBody));
        Assert.Empty(inBody.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Ids_are_unique_and_every_tab_section_and_cell_has_an_English_label(string table)
    {
        var form = MainForm(table);
        var ids = form.Descendants().Where(e => e.Name.LocalName is "tab" or "section" or "cell" or "header").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var controlIds = form.Descendants("control").Select(c => (string)c.Attribute("id")!).ToList();
        Assert.Equal(controlIds.Count, controlIds.Distinct(StringComparer.Ordinal).Count());

        foreach (var element in form.Element("form")!.Element("tabs")!.Descendants().Where(e => e.Name.LocalName is "tab" or "section" || (e.Name.LocalName == "cell" && e.Element("control") is not null)))
            Assert.False(string.IsNullOrWhiteSpace(English(element.Element("labels"), "label")), $"{table}: <{element.Name.LocalName} id={element.Attribute("id")?.Value}> has no English label");
    }

    [Fact]
    public void On_the_touchpoint_form_agents_can_change_only_the_systemic_issue_flag_and_note()
    {
        // Captured columns come from the source record; the role lets agents write touchpoints only to flag them.
        var editable = BoundControls(MainForm("cx_touchpoint"))
            .Where(c => (string?)c.Attribute("disabled") != "true")
            .Select(c => (string)c.Attribute("datafieldname")!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(["cx_systemicissue", "cx_systemicissuenote"], editable);
    }

    [Theory]
    [InlineData("cx_journey")]
    [InlineData("cx_casescore")]
    public void Computed_tables_show_their_columns_read_only_but_the_name(string table)
    {
        var editable = BoundControls(MainForm(table)).Where(c => (string?)c.Attribute("disabled") != "true").Select(c => (string)c.Attribute("datafieldname")!);
        Assert.Equal(["cx_name"], editable);
    }

    [Fact]
    public void Journey_subgrids_list_related_rows_through_a_relationship_and_a_view_of_the_target()
    {
        var subgrids = MainForm("cx_journey").Descendants("control").Where(c => Guid.Parse((string)c.Attribute("classid")!) == SubgridControl).ToList();
        Assert.Equal(2, subgrids.Count);
        foreach (var subgrid in subgrids)
        {
            var parameters = subgrid.Element("parameters")!;
            var target = (string)parameters.Element("TargetEntityType")!;
            var relationship = Assert.Single(ProductSolutionFiles.Solution.Relationships, r => r.Name == (string)parameters.Element("RelationshipName")!);
            Assert.Equal("cx_journey", relationship.ReferencedTable);
            Assert.Equal(target, relationship.ReferencingTable);
            var view = Assert.Single(ProductSolutionFiles.Views, v => v.Id == Guid.Parse((string)parameters.Element("ViewId")!));
            Assert.Equal(target, view.Table);
            Assert.Equal(2, view.QueryType);
        }
    }

    private static string? English(XElement? container, string item)
        => (string?)container?.Elements(item).FirstOrDefault(l => (string?)l.Attribute("languagecode") == "1033")?.Attribute("description");
}

using System;
using System.Linq;
using System.Xml.Linq;
using CxJourney.Cli.Checking;
using CxJourney.Cli.Tests.Support;

namespace CxJourney.Cli.Tests.Checking;

/// <summary>
/// `check` finds what nobody could open after import: a view no app or form reaches, a web resource no
/// site map, form or page loads, an app without its site map, a site map entry for a table the app lacks.
/// </summary>
// An app shows all of a table's views when it lists none of them:
// https://learn.microsoft.com/power-apps/maker/model-driven-apps/add-edit-app-components
public sealed class ReachabilityRuleTests : IDisposable
{
    private const string App = "AppModules/cx_Fixture/AppModule.xml";
    private const string SiteMap = "AppModuleSiteMaps/cx_Fixture/AppModuleSiteMap.xml";
    private const string View = "Entities/cx_Touchpoint/SavedQueries/{5a0c1e2d-3b4f-4a6e-8c1d-000000000401}.xml";
    private const string MainForm = "Entities/cx_Touchpoint/FormXml/main/{5a0c1e2d-3b4f-4a6e-8c1d-000000000301}.xml";

    private readonly TempSolution _solution = TempSolution.Copy();

    public void Dispose() => _solution.Dispose();

    [Fact]
    public void A_view_of_a_table_no_app_includes_is_unreachable()
    {
        _solution.Replace(App, "<AppModuleComponent type=\"1\" schemaName=\"cx_touchpoint\" />", "");
        _solution.Replace(SiteMap, "Entity=\"cx_touchpoint\"", "Url=\"/main.aspx\"");

        var problem = Assert.Single(Problems());
        Assert.Equal(View, problem.Location.File);
        Assert.StartsWith("view '", problem.Problem, StringComparison.Ordinal);
        Assert.EndsWith("of cx_touchpoint is reachable from no app and no form", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_view_shown_in_a_form_subgrid_is_reachable_without_the_app()
    {
        _solution.Replace(App, "<AppModuleComponent type=\"1\" schemaName=\"cx_touchpoint\" />", "");
        _solution.Replace(SiteMap, "Entity=\"cx_touchpoint\"", "Url=\"/main.aspx\"");
        _solution.Edit(MainForm, form => form.Descendants("rows").First().Add(new XElement("row",
            new XElement("cell", new XAttribute("id", "{5a0c1e2d-3b4f-4a6e-8c1d-000000000399}"),
                new XElement("control", new XAttribute("id", "grid"), new XAttribute("classid", "{E7A81278-8635-4d9e-8D4D-59480B391C5B}"),
                    new XElement("parameters", new XElement("ViewId", "{5A0C1E2D-3B4F-4A6E-8C1D-000000000401}")))))));

        Assert.Empty(Problems());
    }

    [Fact]
    public void An_app_listing_other_views_of_the_table_hides_the_rest()
    {
        _solution.Replace(App, "<AppModuleComponent type=\"1\" schemaName=\"cx_touchpoint\" />",
            "<AppModuleComponent type=\"1\" schemaName=\"cx_touchpoint\" /><AppModuleComponent type=\"26\" id=\"{5a0c1e2d-3b4f-4a6e-8c1d-000000000401}\" />");
        Assert.Empty(Problems());

        var copy = System.IO.File.ReadAllText(_solution.PathOf(View)).Replace("000000000401", "000000000402", StringComparison.Ordinal);
        _solution.Write("Entities/cx_Touchpoint/SavedQueries/{5a0c1e2d-3b4f-4a6e-8c1d-000000000402}.xml", copy);

        var problem = Assert.Single(Problems());
        Assert.Equal("Entities/cx_Touchpoint/SavedQueries/{5a0c1e2d-3b4f-4a6e-8c1d-000000000402}.xml", problem.Location.File);
        Assert.Equal("list it in the app as <AppModuleComponent type=\"26\" id=\"{5a0c1e2d-3b4f-4a6e-8c1d-000000000402}\" />, or show it in a form's subgrid", problem.Fix);
    }

    [Fact]
    public void A_web_resource_nothing_opens_is_unreachable_and_a_site_map_page_makes_it_reachable()
    {
        // The fixture's script is the touchpoint form's library and a command's; without both nothing loads it.
        _solution.Delete(MainForm);
        _solution.Delete("Entities/cx_Touchpoint/RibbonDiff.xml");
        var problem = Assert.Single(Problems());
        Assert.Equal("WebResources/cx_/journey/timeline.js.data.xml", problem.Location.File);
        Assert.Equal("web resource cx_/journey/timeline.js is reachable from no app or form: no site map entry opens it, no form hosts it, no reachable page loads it", problem.Problem);

        _solution.Replace(SiteMap, "Entity=\"cx_touchpoint\"", "Entity=\"cx_touchpoint\" />\n        <SubArea Id=\"cx_sub_page\" Url=\"$webresource:cx_/journey/timeline.js\"");
        Assert.Empty(Problems());
    }

    [Fact]
    public void A_site_map_entry_for_a_table_the_app_lacks_and_an_app_without_its_site_map_are_caught()
    {
        _solution.Replace(SiteMap, "Entity=\"cx_touchpoint\"", "Entity=\"task\"");
        var problem = Assert.Single(Problems());
        Assert.Equal(SiteMap, problem.Location.File);
        Assert.Equal("site map entry cx_sub_touchpoints opens table 'task', which app cx_Fixture does not include", problem.Problem);

        _solution.Replace(SiteMap, "Entity=\"task\"", "Entity=\"cx_touchpoint\"");
        _solution.Replace(App, "<AppModuleComponent type=\"62\" schemaName=\"cx_Fixture\" />", "<AppModuleComponent type=\"62\" schemaName=\"cx_Other\" />");
        problem = Assert.Single(Problems());
        Assert.Equal(App, problem.Location.File);
        Assert.Equal("app cx_Fixture uses site map 'cx_Other', which the solution does not ship", problem.Problem);
    }

    [Fact]
    public void A_page_loads_its_script_and_style_sheet_by_relative_url()
    {
        const string page = "<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"journey.css\"><script src=\"./timeline.js?v=2\" defer></script><a href=\"https://example.org/\">x</a><img src=\"../img/logo.png\">";
        Assert.Equal(["cx_/journey/journey.css", "cx_/journey/timeline.js", "cx_/img/logo.png"],
            CxJourney.Cli.Checking.Rules.ReachabilityRule.LoadedBy("cx_/journey/timeline.html", page));
    }

    [Fact]
    public void An_app_missing_from_the_root_components_is_caught()
    {
        _solution.Edit("Other/Solution.xml", root => root.Descendants("RootComponent").Single(c => (string?)c.Attribute("type") == "80").Remove());
        var problem = Assert.Single(SolutionChecker.Check(new CheckRequest { SolutionFolder = _solution.Folder, AssemblyFiles = _solution.Assemblies(null) }).Problems);
        Assert.Equal("root-components", problem.Rule);
        Assert.Equal("add <RootComponent type=\"80\" schemaName=\"cx_Fixture\" behavior=\"0\" /> to <RootComponents>", problem.Fix);
    }

    private System.Collections.Generic.List<CheckProblem> Problems()
    {
        var report = SolutionChecker.Check(new CheckRequest { SolutionFolder = _solution.Folder, AssemblyFiles = _solution.Assemblies(null) });
        var others = report.Problems.Where(p => p.Rule != "reachability").ToList();
        Assert.True(others.Count == 0, "unexpected problems: " + string.Join(Environment.NewLine, others));
        return report.Problems.ToList();
    }
}

using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Cli.Tests.Packing;

/// <summary>
/// After `pack`, both zips of the shipped solution carry the CX Journey app, its site map and the
/// Journey tab on the standard contact and case forms: nothing is left for an admin to build by hand.
/// </summary>
public sealed class ShippedAppTests : IDisposable
{
    private const string ContactForm = "{1fed44d1-ae68-4a41-bd2b-f13acac4acfa}";
    private const string CaseForm = "{4a63c8d1-6c1e-48ec-9db4-3e6c7155334c}";

    private readonly RepoSolution.WithContent _repo = RepoSolution.WithWebContent();
    private readonly PackedZip _packed;

    public ShippedAppTests()
    {
        _packed = PackedZip.Pack(_repo.Folder, RepoSolution.Assemblies(SolutionReader.Read(_repo.Folder)));
    }

    public void Dispose()
    {
        _packed.Dispose();
        _repo.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Both_zips_carry_the_app_its_site_map_and_the_roles_it_is_for(bool managed)
    {
        var customizations = Customizations(managed);
        var app = customizations.Element("AppModules")!.Elements("AppModule").Single();
        Assert.Equal("cx_CxJourney", app.Element("UniqueName")!.Value);
        var roles = XElement.Parse(PackedZip.Text(Zip(managed), "customizations.xml")).Element("Roles")!.Elements("Role")
            .ToDictionary(r => Guid.Parse(r.Attribute("id")!.Value), r => r.Attribute("name")!.Value);
        var mapped = app.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => Guid.Parse(r.Attribute("id")!.Value)).ToList();
        Assert.Equal(["CX Administrator", "CX Agent", "CX Manager"], mapped.Where(roles.ContainsKey).Select(id => roles[id]).Order());

        var entries = customizations.Element("AppModuleSiteMaps")!.Descendants("SubArea").ToList();
        Assert.Equal("$webresource:cx_/journey/dashboard.html", entries.Single(s => s.Attribute("Id")!.Value == "cx_sub_dashboard").Attribute("Url")!.Value);
        Assert.Equal(["contact", "cx_casescore", "cx_feedback", "cx_journey", "cx_touchpoint", "environmentvariabledefinition", "environmentvariablevalue", "incident"],
            entries.Select(s => s.Attribute("Entity")?.Value).OfType<string>().Order(StringComparer.Ordinal));

        var manifest = XElement.Parse(PackedZip.Text(Zip(managed), "solution.xml")).Element("SolutionManifest")!;
        Assert.Contains(manifest.Element("RootComponents")!.Elements(), c => c.Attribute("type")!.Value == "80" && c.Attribute("schemaName")!.Value == "cx_CxJourney");
        Assert.Contains(manifest.Element("RootComponents")!.Elements(), c => c.Attribute("type")!.Value == "62" && c.Attribute("schemaName")!.Value == "cx_CxJourney");
    }

    [Theory]
    [InlineData("Contact", ContactForm, "cx_contact_cx_journey")]
    [InlineData("Incident", CaseForm, "cx_incident_cx_casescore")]
    public void The_standard_form_gets_an_added_Journey_tab_with_the_timeline_and_the_CX_row(string table, string formId, string relationship)
    {
        foreach (var managed in new[] { false, true })
        {
            var entity = Customizations(managed).Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == table);
            var form = entity.Element("FormXml")!.Elements("forms").Single(f => f.Attribute("type")!.Value == "main").Elements("systemform").Single();
            Assert.Equal(formId, form.Element("formid")!.Value);
            var tab = Assert.Single(form.Descendants("tab"));
            Assert.Equal("Added", tab.Attribute("solutionaction")!.Value);
            var timeline = tab.Descendants("control").Single(c => c.Attribute("id")!.Value == "WebResource_cx_journeytimeline").Element("parameters")!;
            Assert.Equal(("cx_/journey/timeline.html", "true"), (timeline.Element("Url")!.Value, timeline.Element("PassParameters")!.Value));
            Assert.Equal(relationship, tab.Descendants("RelationshipName").Single().Value);
        }
    }

    [Fact]
    public void The_case_table_is_a_declared_dependency_of_the_core_solution()
    {
        var manifest = XElement.Parse(PackedZip.Text(_packed.Result.UnmanagedZip, "solution.xml")).Element("SolutionManifest")!;
        var required = manifest.Element("MissingDependencies")!.Elements("MissingDependency").Select(d => d.Element("Required")!).ToList();
        Assert.Contains(required, r => r.Attribute("type")!.Value == "1" && r.Attribute("schemaName")!.Value == "incident");
        Assert.Contains(required, r => r.Attribute("type")!.Value == "60" && r.Attribute("id")!.Value == CaseForm);
        // Orders, invoices and opportunities exist only with Dynamics 365 Sales: the core registers nothing on them.
        var steps = XElement.Parse(PackedZip.Text(_packed.Result.UnmanagedZip, "customizations.xml")).Element("SdkMessageProcessingSteps")!.Elements();
        Assert.DoesNotContain(steps, s => s.Element("PrimaryEntity")!.Value is "opportunity" or "opportunityclose" or "salesorder" or "invoice");
    }

    [Fact]
    public void The_sales_add_on_packs_the_commerce_steps_and_declares_the_core_and_Sales_as_dependencies()
    {
        using var sales = PackedZip.Pack(System.IO.Path.Combine(CxJourney.Tests.Shared.RepoPaths.Root, "SalesSolution"), new System.Collections.Generic.Dictionary<string, string>());
        Assert.Equal("CxJourneySales_1_0_0_0.zip", Path.GetFileName(sales.Result.UnmanagedZip));
        Assert.Equal("CxJourneySales_1_0_0_0_managed.zip", Path.GetFileName(sales.Result.ManagedZip));
        var steps = XElement.Parse(PackedZip.Text(sales.Result.ManagedZip, "customizations.xml")).Element("SdkMessageProcessingSteps")!.Elements().ToList();
        Assert.Equal(["invoice", "opportunity", "opportunityclose", "salesorder"], steps.Select(s => s.Element("PrimaryEntity")!.Value).Order(StringComparer.Ordinal));
        Assert.All(steps, s => Assert.StartsWith("CxJourney.Plugins.Capture.CommerceCapturePlugin, ", s.Element("PluginTypeName")!.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(PackedZip.Entries(sales.Result.ManagedZip), e => e.Name.EndsWith(".dll", StringComparison.Ordinal));

        var manifest = XElement.Parse(PackedZip.Text(sales.Result.ManagedZip, "solution.xml")).Element("SolutionManifest")!;
        Assert.Equal("1", manifest.Element("Managed")!.Value);
        var required = manifest.Element("MissingDependencies")!.Elements().Select(d => d.Element("Required")!).ToList();
        Assert.Equal(["invoice", "opportunity", "opportunityclose", "salesorder"], required.Where(r => r.Attribute("type")!.Value == "1").Select(r => r.Attribute("schemaName")!.Value).Order(StringComparer.Ordinal));
        Assert.Contains(required, r => r.Attribute("type")!.Value == "90" && r.Attribute("solution")!.Value.StartsWith("CxJourney (", StringComparison.Ordinal));
    }

    private string Zip(bool managed) => managed ? _packed.Result.ManagedZip : _packed.Result.UnmanagedZip;

    private XElement Customizations(bool managed) => XElement.Parse(PackedZip.Text(Zip(managed), "customizations.xml"));
}

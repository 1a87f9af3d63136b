using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CxJourney.Cli.Checking;
using CxJourney.Cli.Tests.Support;

namespace CxJourney.Cli.Tests.Checking;

/// <summary>`check` passes on a good solution and catches each class of mistake on a broken copy.</summary>
public sealed class CheckRuleTests : IDisposable
{
    private const string ScoreStep = "SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml";
    private const string CreateStep = "SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000102}.xml";
    private const string AssemblyFile = "PluginAssemblies/CxJourney.Plugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11/CxJourney.Plugins.dll.data.xml";
    private const string TouchpointFile = "Entities/cx_Touchpoint/Entity.xml";
    private const string WebResourceFile = "WebResources/cx_/journey/timeline.js";

    private readonly TempSolution _solution = TempSolution.Copy();

    public void Dispose() => _solution.Dispose();

    [Fact]
    public void The_good_fixture_has_no_problem_at_all()
    {
        var report = Check();
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void A_step_naming_a_class_the_assembly_lacks_is_caught()
    {
        _solution.Replace(ScoreStep, "<PluginTypeName>CxJourney.Plugins.ScoreTouchpoint,", "<PluginTypeName>CxJourney.Plugins.RescoreTouchpoint,");

        var problems = Problems("plugin-type");
        Assert.Contains(problems, p => p.Location.File == ScoreStep && p.Problem == "class CxJourney.Plugins.RescoreTouchpoint does not exist in CxJourney.Plugins.dll");
        Assert.Contains(problems, p => p.Location.File == ScoreStep && p.Problem.StartsWith("plugin type CxJourney.Plugins.RescoreTouchpoint is not listed in PluginAssemblies/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_registered_class_that_does_not_implement_IPlugin_is_caught()
    {
        _solution.Replace(AssemblyFile, "CxJourney.Plugins.ScoreTouchpoint", FixturePluginAssembly.NotAPlugin);
        _solution.Replace(ScoreStep, "CxJourney.Plugins.ScoreTouchpoint", FixturePluginAssembly.NotAPlugin);

        var problems = Problems("plugin-type");
        Assert.Equal([AssemblyFile, ScoreStep], problems.Select(p => p.Location.File));
        Assert.All(problems, p => Assert.Equal("class CxJourney.Plugins.NotAPlugin in CxJourney.Plugins.dll does not implement Microsoft.Xrm.Sdk.IPlugin", p.Problem));
        Assert.All(problems, p => Assert.Equal("derive it from PluginBase or implement IPlugin", p.Fix));
    }

    [Fact]
    public void A_class_implementing_IPlugin_through_a_base_class_of_the_assembly_passes()
    {
        var built = AssemblyInspector.Inspect(FixturePluginAssembly.Path);
        Assert.True(built.Types[FixturePluginAssembly.RecordContactCreated].ImplementsIPlugin);
        Assert.True(built.Types[FixturePluginAssembly.ScoreTouchpoint].ImplementsIPlugin);
        Assert.False(built.Types[FixturePluginAssembly.NotAPlugin].ImplementsIPlugin);
        Assert.Equal("CxJourney.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=6a6ac2eece775c20", built.FullName);
    }

    [Fact]
    public void A_filtering_attribute_that_is_not_a_column_of_the_table_is_caught()
    {
        _solution.Replace(ScoreStep, "<FilteringAttributes>cx_score, cx_channel</FilteringAttributes>", "<FilteringAttributes>cx_score, cx_mood</FilteringAttributes>");

        var problem = Assert.Single(Problems("columns"));
        Assert.Equal(ScoreStep, problem.Location.File);
        Assert.Equal("filtering attribute 'cx_mood' is not a column of cx_touchpoint", problem.Problem);
        Assert.Equal("name a column defined in Entities/cx_Touchpoint/Entity.xml, or add 'cx_mood' there", problem.Fix);
    }

    [Fact]
    public void An_image_attribute_that_is_not_a_column_of_the_table_is_caught()
    {
        _solution.Replace(ScoreStep, "<Attributes>cx_score,cx_channel</Attributes>", "<Attributes>cx_score,cx_Channel</Attributes>");

        var problem = Assert.Single(Problems("columns"));
        Assert.Equal("image attribute 'cx_Channel' is not a column of cx_touchpoint", problem.Problem);
        Assert.Equal("write the logical name 'cx_channel' (lower case)", problem.Fix);
        Assert.Contains("SdkMessageProcessingStepImage[@Name='PreImage']", problem.Location.ElementPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pre_image_on_Create_is_caught()
    {
        _solution.Replace(CreateStep, "<ImageType>1</ImageType>", "<ImageType>0</ImageType>");

        var problem = Assert.Single(Problems("registration"));
        Assert.Equal(CreateStep, problem.Location.File);
        Assert.Equal("a pre-image on a Create step: there is no row before it is created", problem.Problem);
    }

    [Fact]
    public void A_post_image_on_Delete_is_caught()
    {
        // The Create step becomes a Delete step (message id and name), keeping its post-image.
        _solution.Replace(CreateStep, "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8");
        _solution.Replace(CreateStep, "<MessagePropertyName>id</MessagePropertyName>", "<MessagePropertyName>Target</MessagePropertyName>");

        var problem = Assert.Single(Problems("registration"));
        Assert.Equal("a post-image on a Delete step: there is no row after it is deleted", problem.Problem);
        Assert.Equal("make it a pre-image (ImageType 0, MessagePropertyName Target)", problem.Fix);
    }

    [Fact]
    public void An_asynchronous_step_outside_post_operation_is_caught()
    {
        _solution.Replace(ScoreStep, "<Mode>0</Mode>", "<Mode>1</Mode>");

        var problem = Assert.Single(Problems("registration"));
        Assert.Equal(ScoreStep, problem.Location.File);
        Assert.Equal("an asynchronous step at pre-operation (20): asynchronous steps run only at post-operation", problem.Problem);
    }

    [Fact]
    public void Filtering_attributes_on_a_message_other_than_Update_are_caught()
    {
        _solution.Replace(CreateStep, "<FilteringAttributes></FilteringAttributes>", "<FilteringAttributes>firstname</FilteringAttributes>");

        var problem = Assert.Single(Problems("registration"));
        Assert.Equal(CreateStep, problem.Location.File);
        Assert.Equal("filtering attributes on a Create step: only Update (and UpdateMultiple) steps are filtered by column", problem.Problem);
    }

    [Fact]
    public void A_custom_name_without_the_publisher_prefix_is_caught()
    {
        _solution.Replace(TouchpointFile, "<attribute PhysicalName=\"cx_Score\">", "<attribute PhysicalName=\"new_Score\">");
        _solution.Replace(TouchpointFile, "<Name>cx_score</Name>", "<Name>new_score</Name>");
        _solution.Replace(TouchpointFile, "<LogicalName>cx_score</LogicalName>", "<LogicalName>new_score</LogicalName>");
        _solution.Replace(ScoreStep, "<FilteringAttributes>cx_score, cx_channel</FilteringAttributes>", "<FilteringAttributes>new_score, cx_channel</FilteringAttributes>");
        _solution.Replace(ScoreStep, "<Attributes>cx_score,cx_channel</Attributes>", "<Attributes>new_score,cx_channel</Attributes>");

        var problem = Assert.Single(Problems("prefix"));
        Assert.Equal(TouchpointFile, problem.Location.File);
        Assert.Equal("column 'new_score' of cx_touchpoint does not carry the publisher prefix 'cx_'", problem.Problem);
        Assert.Equal("rename it cx_Score (and every reference to it)", problem.Fix);
    }

    [Fact]
    public void A_custom_option_value_without_the_option_value_prefix_is_caught()
    {
        _solution.Replace("OptionSets/cx_sentiment.xml", "<option value=\"100000002\"", "<option value=\"3\"");

        var problem = Assert.Single(Problems("prefix"));
        Assert.Equal("option 3 (Positive) of 'cx_sentiment' does not start with the publisher's option value prefix 10000", problem.Problem);
    }

    [Fact]
    public void An_id_used_twice_is_caught()
    {
        // The Create step's post-image takes the id of the Update step's pre-image.
        _solution.Replace(CreateStep, "{0b6f7c2e-1a2b-4c3d-8e9f-000000000202}", "{0b6f7c2e-1a2b-4c3d-8e9f-000000000201}");

        var problem = Assert.Single(Problems("ids"));
        Assert.Equal(CreateStep, problem.Location.File);
        Assert.StartsWith("id 0b6f7c2e-1a2b-4c3d-8e9f-000000000201 of this step image is also the id of the step image at " + ScoreStep, problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_shared_by_two_kinds_of_component_is_caught()
    {
        _solution.Replace("Roles/CX Journey Agent.xml", "8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f", "0b6f7c2e-1a2b-4c3d-8e9f-000000000101");
        _solution.Replace("Other/Solution.xml", "8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f", "0b6f7c2e-1a2b-4c3d-8e9f-000000000101");

        var problem = Assert.Single(Problems("ids"));
        Assert.Contains("is also the id of the", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_resource_without_its_content_file_is_caught()
    {
        _solution.Delete(WebResourceFile);

        var problem = Assert.Single(Problems("web-resources"));
        Assert.Equal(WebResourceFile + ".data.xml", problem.Location.File);
        Assert.Equal("the content of web resource cx_/journey/timeline.js is missing: WebResources/cx_/journey/timeline.js does not exist", problem.Problem);
    }

    [Fact]
    public void Web_resource_content_may_come_from_the_web_build_output_map_xml_maps_it_to()
    {
        var built = Path.Combine(Path.GetDirectoryName(_solution.Folder)!, "dist", "WebResources");
        Directory.CreateDirectory(Path.Combine(built, "cx_", "journey"));
        File.Move(_solution.PathOf(WebResourceFile), Path.Combine(built, "cx_", "journey", "timeline.js"));
        _solution.Write("map.xml", MapTimelineToBuildOutput);

        Assert.Empty(Check().Problems);
    }

    /// <summary>The build output alone is not looked at: only the file map.xml names (the reader's ContentFile) counts.</summary>
    [Fact]
    public void Web_resource_content_in_the_build_output_without_a_map_is_missing()
    {
        var built = Path.Combine(Path.GetDirectoryName(_solution.Folder)!, "dist", "WebResources");
        Directory.CreateDirectory(Path.Combine(built, "cx_", "journey"));
        File.Move(_solution.PathOf(WebResourceFile), Path.Combine(built, "cx_", "journey", "timeline.js"));

        var problem = Assert.Single(Problems("web-resources"));
        Assert.Equal(WebResourceFile + ".data.xml", problem.Location.File);
    }

    [Fact]
    public void A_mapped_web_resource_whose_build_output_is_missing_names_the_mapped_file()
    {
        _solution.Delete(WebResourceFile);
        _solution.Write("map.xml", MapTimelineToBuildOutput);

        var problem = Assert.Single(Problems("web-resources"));
        Assert.Equal("the content of web resource cx_/journey/timeline.js is missing: ../dist/WebResources/cx_/journey/timeline.js does not exist", problem.Problem);
    }

    private const string MapTimelineToBuildOutput =
        "<Mapping><FileToFile map=\"WebResources\\cx_\\journey\\timeline.js\" to=\"..\\dist\\WebResources\\cx_\\journey\\timeline.js\" /></Mapping>";

    [Fact]
    public void A_web_resource_referenced_by_a_form_or_ribbon_but_not_defined_is_caught()
    {
        const string form = "Entities/cx_Touchpoint/FormXml/main/{5a0c1e2d-3b4f-4a6e-8c1d-000000000301}.xml";
        _solution.Replace(form, "<Library name=\"cx_/journey/timeline.js\"", "<Library name=\"cx_/journey/missing.js\"");
        _solution.Replace("Entities/cx_Touchpoint/RibbonDiff.xml", "$webresource:cx_/journey/timeline.js", "$webresource:cx_/journey/ribbon.js");

        // Nothing loads the defined script any more, which the reachability rule reports on its own.
        var report = Check();
        Assert.Equal(["cx_/journey/timeline.js"], report.Problems.Where(p => p.Rule == "reachability").Select(p => p.Problem.Split(' ')[2]));
        var problems = report.Problems.Where(p => p.Rule != "reachability").ToList();
        Assert.All(problems, p => Assert.Equal("web-resources", p.Rule));
        Assert.Equal(
        [
            (form, "web resource 'cx_/journey/missing.js' is referenced here but the solution does not define it"),
            ("Entities/cx_Touchpoint/RibbonDiff.xml", "web resource 'cx_/journey/ribbon.js' is referenced here but the solution does not define it"),
        ], problems.Select(p => (p.Location.File, p.Problem)));
    }

    [Fact]
    public void A_schema_violation_is_caught()
    {
        _solution.Edit(AssemblyFile, assembly => assembly.Element("IsolationMode")!.AddAfterSelf(new XElement("Sandboxed", "yes")));

        var problem = Assert.Single(Problems("schema"));
        Assert.Equal(AssemblyFile, problem.Location.File);
        Assert.Equal("/PluginAssembly/Sandboxed", problem.Location.ElementPath);
        Assert.StartsWith("schema: The element 'PluginAssembly' has invalid child element 'Sandboxed'.", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_in_the_exported_element_order_is_not_a_schema_violation()
    {
        // The export writes SdkMessageId first and Configuration after IntroducedVersion; the 9.0 schema does not.
        var step = XElement.Load(_solution.PathOf(ScoreStep));
        Assert.Equal("SdkMessageId", step.Elements().First().Name.LocalName);
        Assert.Equal("Configuration", step.Element("IntroducedVersion")!.ElementsAfterSelf().First().Name.LocalName);
        Assert.Empty(Problems("schema"));

        _solution.Replace(ScoreStep, "<Rank>5</Rank>", "<Rank>5</Rank><RunAs>caller</RunAs>");
        var problem = Assert.Single(Problems("schema"));
        Assert.Equal("/SdkMessageProcessingStep/RunAs", problem.Location.ElementPath);
        Assert.Equal(12, problem.Location.Line);
        Assert.Contains("invalid child element 'RunAs'", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsigned_or_mismatched_assembly_is_caught()
    {
        var unsigned = Check(FixturePluginAssembly.UnsignedPath).Problems.Where(p => p.Rule == "assembly").Select(p => p.Problem).ToList();
        Assert.Contains(unsigned, p => p.StartsWith("FullName 'CxJourney.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=6a6ac2eece775c20' is not the built assembly's identity", StringComparison.Ordinal));
        Assert.Contains("CxJourney.Plugins.dll is not strong-name signed: Dataverse refuses unsigned plug-in assemblies", unsigned);
    }

    [Fact]
    public void A_FileName_that_is_not_where_exports_put_the_binary_is_caught()
    {
        _solution.Replace(AssemblyFile, "<FileName>/PluginAssemblies/CxJourney.Plugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11/CxJourney.Plugins.dll</FileName>",
            "<FileName>/bin/CxJourney.Plugins.dll</FileName>");

        var problem = Assert.Single(Problems("assembly"));
        Assert.Equal("<FileName> is '/bin/CxJourney.Plugins.dll', not where exports put the binary", problem.Problem);
        Assert.Equal("write <FileName>/PluginAssemblies/CxJourney.Plugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11/CxJourney.Plugins.dll</FileName>", problem.Fix);
    }

    [Fact]
    public void A_binary_named_without_the_assembly_names_dots_as_some_exports_write_it_passes()
    {
        const string folder = "PluginAssemblies/CxJourneyPlugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11";
        _solution.Replace(AssemblyFile, "/PluginAssemblies/CxJourney.Plugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11/CxJourney.Plugins.dll", "/" + folder + "/CxJourneyPlugins.dll");
        Directory.CreateDirectory(_solution.PathOf(folder));
        File.Move(_solution.PathOf(AssemblyFile), _solution.PathOf(folder + "/CxJourneyPlugins.dll.data.xml"));
        _solution.Delete("PluginAssemblies/CxJourney.Plugins-6E1D5B1A-3C2F-4B7E-9A10-2D4C8E6F0A11");

        Assert.Empty(Check().Problems);
    }

    [Fact]
    public void A_web_resource_file_without_metadata_is_only_a_warning()
    {
        _solution.Write("WebResources/cx_/journey/notes.txt", "scratch");

        var report = Check();
        var problem = Assert.Single(report.Problems);
        Assert.False(report.HasErrors);
        Assert.Equal("WebResources/cx_/journey/notes.txt", problem.Location.File);
        Assert.StartsWith("WebResources/cx_/journey/notes.txt: warning: a file under WebResources/ without a .data.xml beside it is never packed — ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_binary_is_one_problem_that_says_how_to_build_it()
    {
        var problem = Assert.Single(SolutionChecker.Check(new CheckRequest { SolutionFolder = _solution.Folder }).Problems);
        Assert.Equal(AssemblyFile, problem.Location.File);
        Assert.Equal("no built binary of CxJourney.Plugins to check against", problem.Problem);
        Assert.Equal("build it (dotnet build Plugins/CxJourney.Plugins -c Release -f net462) or pass --assembly PATH", problem.Fix);
    }

    [Fact]
    public void A_component_missing_from_the_root_components_is_caught()
    {
        _solution.Edit("Other/Solution.xml", root => root.Descendants("RootComponent").Single(c => (string?)c.Attribute("type") == "92" && c.Attribute("id")!.Value.EndsWith("102}", StringComparison.Ordinal)).Remove());

        var problem = Assert.Single(Problems("root-components"));
        Assert.Equal(CreateStep, problem.Location.File);
        Assert.Equal("add <RootComponent type=\"92\" id=\"{0b6f7c2e-1a2b-4c3d-8e9f-000000000102}\" behavior=\"0\" /> to <RootComponents>", problem.Fix);
    }

    [Fact]
    public void The_same_registration_twice_is_caught()
    {
        var copy = File.ReadAllText(_solution.PathOf(CreateStep))
            .Replace("000000000102", "000000000103", StringComparison.Ordinal)
            .Replace("000000000202", "000000000203", StringComparison.Ordinal);
        _solution.Write("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000103}.xml", copy);
        _solution.Edit("Other/Solution.xml", root => root.Descendants("RootComponents").Single()
            .Add(new XElement("RootComponent", new XAttribute("type", "92"), new XAttribute("id", "{0b6f7c2e-1a2b-4c3d-8e9f-000000000103}"), new XAttribute("behavior", "0"))));

        var problem = Assert.Single(Problems("registration"));
        Assert.EndsWith("a step registered twice runs twice", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_variable_default_longer_than_2000_characters_is_caught()
    {
        const string file = "environmentvariabledefinitions/cx_ScoreThreshold/environmentvariabledefinition.xml";
        _solution.Replace(file, "<defaultvalue>70</defaultvalue>", "<defaultvalue>" + new string('7', 2001) + "</defaultvalue>");

        var problem = Assert.Single(Problems("environment-variables"));
        Assert.Equal(file, problem.Location.File);
        Assert.Equal("the default value of environment variable cx_ScoreThreshold is 2001 characters, longer than the 2000 environmentvariabledefinition.defaultvalue holds", problem.Problem);
    }

    [Fact]
    public void An_environment_variable_default_of_exactly_2000_characters_passes()
    {
        _solution.Replace("environmentvariabledefinitions/cx_ScoreThreshold/environmentvariabledefinition.xml",
            "<defaultvalue>70</defaultvalue>", "<defaultvalue>" + new string('7', 2000) + "</defaultvalue>");

        Assert.Empty(Check().Problems);
    }

    [Fact]
    public void Every_problem_prints_as_one_line_with_file_element_what_and_fix()
    {
        _solution.Replace(ScoreStep, "<Mode>0</Mode>", "<Mode>1</Mode>");

        var line = Assert.Single(Check().Problems).ToString();
        Assert.Equal(
            ScoreStep + "(2): /SdkMessageProcessingStep: an asynchronous step at pre-operation (20): asynchronous steps run only at post-operation"
            + " — write <Stage>40</Stage>, or <Mode>0</Mode> to run synchronously",
            line);
    }

    private CheckReport Check(string? assembly = null)
        => SolutionChecker.Check(new CheckRequest { SolutionFolder = _solution.Folder, AssemblyFiles = _solution.Assemblies(assembly) });

    private System.Collections.Generic.List<CheckProblem> Problems(string rule)
    {
        var report = Check();
        var others = report.Problems.Where(p => p.Rule != rule).ToList();
        Assert.True(others.Count == 0, "unexpected problems: " + string.Join(Environment.NewLine, others));
        return report.Problems.ToList();
    }
}

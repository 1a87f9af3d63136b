using System;
using System.IO;
using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.Emulator.Tests.Solution;

public class SolutionReaderErrorTests
{
    [Fact]
    public void Malformed_xml_is_reported_with_the_file_and_line()
    {
        var ex = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(SolutionFixtures.Fixture("broken-malformed-entity")));
        var issue = Assert.Single(ex.Issues);
        Assert.Equal("Entities/cx_Broken/Entity.xml", issue.Location.File);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.StartsWith("malformed XML", issue.Message);
        // The unclosed <attribute> makes </attributes> on line 10 the first bad tag.
        Assert.Equal(10, issue.Location.Line);
        Assert.Contains("Entities/cx_Broken/Entity.xml(10)", ex.Message);
    }

    [Fact]
    public void A_step_with_an_unknown_stage_is_an_error_naming_file_element_and_value()
    {
        var result = SolutionReader.Analyze(SolutionFixtures.Fixture("broken-step-stage"));
        Assert.True(result.HasErrors);
        var issue = Assert.Single(result.Errors);
        Assert.Equal("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml", issue.Location.File);
        Assert.Equal("/SdkMessageProcessingStep/Stage", issue.Location.ElementPath);
        Assert.Contains("<Stage> 30", issue.Message);
        // The broken step is left out; the rest of the solution is still there.
        Assert.NotNull(result.Solution);
        Assert.Empty(result.Solution!.Steps);
    }

    [Fact]
    public void Analyze_reports_every_broken_file_in_one_pass()
    {
        using var temp = new TempSolution("minimal");
        temp.Replace("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml", "<Mode>0</Mode>", "<Mode>3</Mode>");
        temp.Replace("Roles/CX Journey Agent.xml", "level=\"Deep\"", "level=\"Everywhere\"");
        temp.Replace("OptionSets/cx_sentiment.xml", "<option value=\"100000001\"", "<option value=\"100000000\"");

        var result = SolutionReader.Analyze(temp.Root);
        var files = result.Errors.Select(e => e.Location.File).ToArray();
        Assert.Equal(3, files.Length);
        Assert.Contains("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml", files);
        Assert.Contains("Roles/CX Journey Agent.xml", files);
        Assert.Contains("OptionSets/cx_sentiment.xml", files);
        var ex = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(temp.Root));
        Assert.Contains("has 3 errors", ex.Message);
    }

    [Fact]
    public void An_unknown_column_type_names_the_attribute()
    {
        using var temp = new TempSolution("minimal");
        temp.Replace("Entities/cx_Touchpoint/Entity.xml", "<Type>int</Type>", "<Type>integer32</Type>");
        var issue = Assert.Single(SolutionReader.Analyze(temp.Root).Errors);
        Assert.Contains("unknown <Type> 'integer32'", issue.Message);
        Assert.EndsWith("attribute[@PhysicalName='cx_Score']/Type", issue.Location.ElementPath);
    }

    [Fact]
    public void A_wrong_root_element_is_reported()
    {
        using var temp = new TempSolution("minimal");
        temp.Write("OptionSets/cx_other.xml", "<OptionSet Name=\"cx_other\" />");
        var issue = Assert.Single(SolutionReader.Analyze(temp.Root).Errors);
        Assert.Equal("OptionSets/cx_other.xml", issue.Location.File);
        Assert.Contains("expected root element <optionset>", issue.Message);
    }

    [Fact]
    public void A_duplicated_step_id_is_reported_at_the_second_file()
    {
        using var temp = new TempSolution("minimal");
        var original = File.ReadAllText(temp.PathOf("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml"));
        temp.Write("SdkMessageProcessingSteps/{ffffffff-1a2b-4c3d-8e9f-000000000101}.xml", original);
        var issue = Assert.Single(SolutionReader.Analyze(temp.Root).Errors);
        Assert.Equal("SdkMessageProcessingSteps/{ffffffff-1a2b-4c3d-8e9f-000000000101}.xml", issue.Location.File);
        Assert.Contains("is also defined at SdkMessageProcessingSteps/{0b6f7c2e", issue.Message);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_rejected()
    {
        var empty = Path.Combine(Path.GetTempPath(), "cxjourney-empty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            var ex = Assert.Throws<SolutionFormatException>(() => SolutionReader.Read(empty));
            Assert.Equal("Other/Solution.xml", Assert.Single(ex.Issues).Location.File);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void A_missing_folder_is_an_argument_problem_not_a_format_problem()
    {
        Assert.Throws<DirectoryNotFoundException>(() => SolutionReader.Read(Path.Combine(Path.GetTempPath(), "no-such-solution-" + Guid.NewGuid())));
    }
}

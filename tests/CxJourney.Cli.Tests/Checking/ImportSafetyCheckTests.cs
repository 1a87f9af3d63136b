using System;
using System.Linq;
using CxJourney.Cli.Checking;
using CxJourney.Cli.Tests.Support;

namespace CxJourney.Cli.Tests.Checking;

/// <summary>
/// `check` fails on fixtures that break each import-safety rule: the message catalog (what an import refuses),
/// the Power Apps checker rules on registrations and on the plug-in's IL, and the SDK floor.
/// </summary>
public sealed class ImportSafetyCheckTests : IDisposable
{
    private const string ScoreStep = "SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml";
    private const string CreateStep = "SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000102}.xml";
    private const string CreateId = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";

    private readonly TempSolution _solution = TempSolution.Copy();

    public void Dispose() => _solution.Dispose();

    private CheckReport Check(string? assembly = null)
        => SolutionChecker.Check(new CheckRequest { SolutionFolder = _solution.Folder, AssemblyFiles = _solution.Assemblies(assembly) });

    private CheckProblem Only(string rule, string? assembly = null)
    {
        var problems = Check(assembly).Problems;
        Assert.True(problems.All(p => p.Rule == rule), "unexpected problems: " + string.Join(Environment.NewLine, problems));
        return Assert.Single(problems);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages (the documented ids)
    [Fact]
    public void An_undocumented_message_id_is_refused_as_the_import_refuses_it()
    {
        _solution.Replace(CreateStep, CreateId, "a0367e87-e362-48a2-9790-bee741ca22a8");
        _solution.Replace(CreateStep, ": Create of contact", ": CreateMultiple of contact");
        var problem = Only("import-message");
        Assert.Contains("sdkmessage With Id = a0367e87-e362-48a2-9790-bee741ca22a8 Does Not Exist", problem.ToString());
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages#table-support-for-messages (Merge: account, contact, lead, incident)
    [Fact]
    public void A_message_the_table_lacks_is_refused_as_the_import_refuses_it()
    {
        _solution.Replace(ScoreStep, "20bebb1b-ea3e-db11-86a7-000a3a5473e8", "dbbdbb1b-ea3e-db11-86a7-000a3a5473e8");
        _solution.Replace(ScoreStep, "<FilteringAttributes>cx_score, cx_channel</FilteringAttributes>", "<FilteringAttributes></FilteringAttributes>");
        var problems = Check().Problems.Where(p => p.Rule == "import-message").Select(p => p.ToString()).ToList();
        Assert.Contains(problems, p => p.Contains("Expected to find one SdkMessageFilter") && p.Contains("PrimaryEntity cx_touchpoint"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#messages-that-support-table-images (Create: Id)
    [Fact]
    public void An_image_on_the_wrong_property_is_refused()
    {
        _solution.Replace(CreateStep, "<MessagePropertyName>id</MessagePropertyName>", "<MessagePropertyName>Targets</MessagePropertyName>");
        var problem = Only("import-message");
        Assert.Contains("Create images are taken from 'Id'", problem.ToString());
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration
    [Fact]
    public void An_Update_step_without_filtering_attributes_is_meta_avoid_reg_no_attribute()
    {
        _solution.Replace(ScoreStep, "<FilteringAttributes>cx_score, cx_channel</FilteringAttributes>", "<FilteringAttributes></FilteringAttributes>");
        Assert.Contains("meta-avoid-reg-no-attribute", Only("meta-avoid-reg-no-attribute").ToString());
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/limit-registration-plugins-retrieve-retrievemultiple
    [Fact]
    public void A_step_on_Retrieve_is_meta_avoid_reg_retrieve()
    {
        _solution.Replace(CreateStep, CreateId, "f2bdbb1b-ea3e-db11-86a7-000a3a5473e8");
        _solution.Replace(CreateStep, ": Create of contact", ": Retrieve of contact");
        var problems = Check().Problems;
        Assert.Contains(problems, p => p.Rule == "meta-avoid-reg-retrieve");
    }

    // https://learn.microsoft.com/power-apps/maker/data-platform/use-powerapps-checker (meta-remove-inactive)
    [Fact]
    public void A_disabled_step_is_meta_remove_inactive()
    {
        _solution.Replace(CreateStep, "<Mode>1</Mode>", "<Mode>1</Mode>\n  <StateCode>1</StateCode>");
        // (The 9.0 schema has no StateCode on a step either; the schema rule says so separately.)
        Assert.Contains("disabled", Assert.Single(Check().Problems, p => p.Rule == "meta-remove-inactive").ToString());
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin
    [Fact]
    public void A_batch_request_reachable_from_a_synchronous_step_is_il_avoid_batch_plugin()
    {
        var problems = Check(FixturePluginAssembly.ViolatingPath).Problems;
        var batch = Assert.Single(problems, p => p.Rule == "il-avoid-batch-plugin");
        Assert.Contains("Microsoft.Xrm.Sdk.Messages.UpsertMultipleRequest", batch.ToString());
        Assert.Contains("CxJourney.Plugins.Writing.BulkWriter.Write", batch.ToString());
        Assert.Contains(ScoreStep, batch.ToString());
    }

    [Fact]
    public void The_same_batch_request_from_an_asynchronous_step_only_passes()
    {
        _solution.Replace(ScoreStep, "<Mode>0</Mode>", "<Mode>1</Mode>");
        _solution.Replace(ScoreStep, "<Stage>20</Stage>", "<Stage>40</Stage>");
        var problems = Check(FixturePluginAssembly.ViolatingPath).Problems;
        Assert.DoesNotContain(problems, p => p.Rule == "il-avoid-batch-plugin");
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/work-with-data/retrieve-specific-columns-entity-via-query-apis
    [Fact]
    public void ColumnSet_true_is_il_specify_column()
    {
        var problems = Check(FixturePluginAssembly.ViolatingPath).Problems;
        Assert.Contains("BulkWriter.Write", Assert.Single(problems, p => p.Rule == "il-specify-column").ToString());
    }

    [Fact]
    public void A_type_the_oldest_supported_SDK_lacks_is_reported()
    {
        var problems = Check(FixturePluginAssembly.ViolatingPath).Problems;
        var floor = Assert.Single(problems, p => p.Rule == "sdk-floor" && p.ToString().Contains("IPluginExecutionContext4"));
        Assert.Contains("9.0.2.9", floor.ToString());
        Assert.Contains(problems, p => p.Rule == "sdk-floor" && p.ToString().Contains("UpsertMultipleRequest"));
    }

    [Fact]
    public void The_floor_list_is_the_9_0_2_9_build_s()
    {
        // The carried facts: IPluginExecutionContext exists in every build; the bulk messages came later.
        Assert.Contains("Microsoft.Xrm.Sdk.IPluginExecutionContext", CxJourney.Cli.Checking.Rules.SdkFloorRule.Types);
        Assert.DoesNotContain("Microsoft.Xrm.Sdk.Messages.UpsertMultipleRequest", CxJourney.Cli.Checking.Rules.SdkFloorRule.Types);
        Assert.Equal(413, CxJourney.Cli.Checking.Rules.SdkFloorRule.Types.Count);
    }

    [Fact]
    public void The_scanner_follows_the_shipped_capture_plugin_to_its_one_Upsert_per_touchpoint()
    {
        var solution = CxJourney.SolutionModel.Reading.SolutionReader.Read(RepoSolution.Folder);
        var il = IlReferences.Read(RepoSolution.Assemblies(solution).Values.Single());
        var reached = il.ReachableFrom("CxJourney.Plugins.Capture.ActivityCapturePlugin");
        // Through PluginBase.Execute, ExecutePlugin, CaptureWriter.Write: the Upsert the step makes, and no batch request.
        Assert.Contains(reached, u => u.Kind == "new" && u.Type == "Microsoft.Xrm.Sdk.Messages.UpsertRequest" && u.Method.StartsWith("CxJourney.Plugins.Capture.CaptureWriter.", StringComparison.Ordinal));
        Assert.DoesNotContain(reached, u => u.Kind == "new" && u.Type.EndsWith("MultipleRequest", StringComparison.Ordinal) && !u.Type.EndsWith("RetrieveMultipleRequest", StringComparison.Ordinal));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-specialized-update-ops
    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-lock-plugin
    // https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/do-not-use-parallel-execution-in-plug-ins
    [Theory]
    [InlineData("il-avoid-specialized-update-ops", "SetState")]
    [InlineData("il-avoid-lock-plugin", "takes a lock")]
    [InlineData("il-avoid-parallel-plugin", "System.Threading.Thread")]
    public void Plug_in_code_the_checker_rules_forbid_is_reported(string rule, string said)
    {
        var problems = Check(FixturePluginAssembly.ViolatingPath).Problems;
        Assert.Contains(said, Assert.Single(problems, p => p.Rule == rule).ToString());
        Assert.DoesNotContain(Check().Problems, p => p.Rule == rule);
    }
}

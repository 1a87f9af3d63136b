using System;
using System.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Reading;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>The reader against solutions Microsoft's platform exported (carried in tests/fixtures/reference/solution-format).</summary>
public class ReferenceSampleTests
{
    [Fact]
    public void Reads_the_unpacked_impersonation_sample_completely()
    {
        var solution = SolutionReader.Read(SolutionFixtures.Reference("unpacked", "devkeydet-explicitpluginimpersonation", "src"));

        Assert.Equal("pluginimpersonationtest", solution.Manifest.UniqueName);
        Assert.Equal(SolutionPackageKind.Both, solution.Manifest.Managed);
        Assert.Equal("dkdt", solution.Manifest.Publisher.CustomizationPrefix);
        Assert.Equal(70391, solution.Manifest.Publisher.OptionValuePrefix);
        Assert.Equal(new[] { 1, 62, 80, 91, 92 }, solution.Manifest.RootComponents.Select(c => c.Type));
        Assert.Empty(solution.Warnings);

        var table = Assert.Single(solution.Tables);
        Assert.Equal("dkdt_pluginimpersonationtest", table.LogicalName);
        Assert.Equal("dkdt_pluginimpersonationtests", table.EntitySetName);
        Assert.Equal(19, table.Columns.Count);
        Assert.Equal("dkdt_name", table.Columns.Single(c => c.IsPrimaryName).LogicalName);
        Assert.Equal(2, table.FormFiles.Count);
        Assert.Equal("Entities/dkdt_PluginImpersonationTest/RibbonDiff.xml", table.RibbonDiffFile);

        var step = Assert.Single(solution.Steps);
        Assert.Equal("Create", step.MessageName);
        Assert.Equal(PluginStepStage.PreValidation, step.Stage);
        Assert.Equal("dkdt_pluginimpersonationtest", step.PrimaryEntity);

        var assembly = Assert.Single(solution.PluginAssemblies);
        Assert.Equal("d3d7fba163cdff0f", assembly.PublicKeyToken);
        Assert.Equal(step.PluginTypeId, Assert.Single(assembly.PluginTypes).Id);

        var variable = Assert.Single(solution.EnvironmentVariables);
        Assert.Equal("dkdt_pluginimpersonationtest_SystemUserIdToImpersonate", variable.SchemaName);
        Assert.Equal(EnvironmentVariableType.String, variable.Type);
        Assert.Null(variable.DefaultValue);
    }

    [Fact]
    public void The_impersonation_sample_table_becomes_catalog_metadata()
    {
        var solution = SolutionReader.Read(SolutionFixtures.Reference("unpacked", "devkeydet-explicitpluginimpersonation", "src"));
        var catalog = MetadataCatalog.Create(solution);
        var table = catalog.GetTable("dkdt_pluginimpersonationtest");

        Assert.True(table.IsCustom);
        Assert.Equal("dkdt_pluginimpersonationtestid", table.PrimaryIdAttribute);
        Assert.Equal("dkdt_name", table.PrimaryNameAttribute);
        Assert.Equal(TableOwnership.UserOwned, table.Ownership);
        // The export has no relationships: system lookups get the platform's fixed targets.
        Assert.Equal(new[] { "systemuser" }, table.GetColumn("createdby").Targets);
        Assert.Equal(new[] { "businessunit" }, table.GetColumn("owningbusinessunit").Targets);
        Assert.Equal(new[] { "systemuser", "team" }, table.GetColumn("ownerid").Targets);
        // versionnumber is not in the export but every table has it.
        Assert.Equal(ColumnType.BigInt, table.GetColumn("versionnumber").Type);
        Assert.Equal(1, table.GetDefaultStatus(0));
        Assert.Equal(2, table.GetDefaultStatus(1));
    }

    [Fact]
    public void Reads_the_unpacked_plugin_sample_that_has_no_other_folder_tables()
    {
        var solution = SolutionReader.Analyze(SolutionFixtures.Reference("unpacked", "mikefactorial-PluginSample", "src"));
        // This sample was committed without Other/: the reader says so instead of guessing.
        Assert.Null(solution.Solution);
        Assert.Equal("Other/Solution.xml", Assert.Single(solution.Issues).Location.File);
    }

    [Fact]
    public void Reads_the_plugin_sample_steps_and_assembly_when_given_a_manifest()
    {
        using var temp = new TempSolutionFrom(SolutionFixtures.Reference("unpacked", "mikefactorial-PluginSample", "src"));
        temp.AddManifestFrom(SolutionFixtures.Fixture("minimal"));
        var solution = SolutionReader.Read(temp.Root);

        var step = Assert.Single(solution.Steps);
        Assert.Equal("Plugins.AccountPlugin: Create of account", step.Name);
        Assert.Equal("Create", step.MessageName);
        Assert.Equal(PluginStepStage.PostOperation, step.Stage);
        var image = Assert.Single(step.Images);
        Assert.Equal(StepImageType.PostImage, image.ImageType);
        Assert.Equal("id", image.MessagePropertyName);
        Assert.Equal(new Guid("96212371-9290-ee11-8179-000d3a354bf5"), image.Id);
        Assert.Equal("Plugins.AccountPlugin", Assert.Single(Assert.Single(solution.PluginAssemblies).PluginTypes).TypeName);
    }

    [Fact]
    public void Reads_a_packed_export_with_every_section_inline()
    {
        var solution = SolutionReader.Read(SolutionFixtures.Reference("packed", "ms-ColumnLevelSecuritySampleSolution-pair", "unmanaged"));

        Assert.Equal(SolutionLayout.Packed, solution.Layout);
        Assert.Equal("ColumnLevelSecuritySampleSolution", solution.Manifest.UniqueName);
        Assert.Equal(new[] { 1033, 1041 }, solution.Languages);
        var table = Assert.Single(solution.Tables);
        Assert.Equal("sample_example", table.LogicalName);
        Assert.Equal(6, solution.Relationships.Count);
        var role = Assert.Single(solution.Roles);
        Assert.Equal(17, role.Privileges.Count);
        Assert.All(role.Privileges, p => Assert.Equal(PrivilegeDepth.Global, p.Depth));

        var catalog = MetadataCatalog.Create(solution);
        Assert.Equal(new[] { "businessunit" }, catalog.GetColumn("sample_example", "owningbusinessunit").Targets);
        Assert.Equal(CascadeRule.Restrict, catalog.Relationships.Single(r => r.SchemaName == "business_unit_sample_example").CascadeDelete);
    }

    [Fact]
    public void Reads_the_managed_plugin_assembly_export()
    {
        var solution = SolutionReader.Read(SolutionFixtures.Reference("packed", "ms-IsSystemAdminFunction_1_0_0_0_managed"));
        Assert.Equal(SolutionPackageKind.Managed, solution.Manifest.Managed);
        var assembly = Assert.Single(solution.PluginAssemblies);
        Assert.Equal("IsSystemAdminCustomAPI", assembly.Name);
        Assert.Equal("PowerApps.Samples.IsSystemAdmin", Assert.Single(assembly.PluginTypes).TypeName);
        Assert.Equal(91, Assert.Single(solution.Manifest.RootComponents).Type);
    }
}

/// <summary>A copy of a read-only reference folder, to which a test may add a manifest.</summary>
internal sealed class TempSolutionFrom : IDisposable
{
    public TempSolutionFrom(string source)
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cxjourney-sample-" + Guid.NewGuid().ToString("N"));
        Copy(source, Root);
    }

    public string Root { get; }

    public void AddManifestFrom(string fixture)
    {
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(Root, "Other"));
        foreach (var file in new[] { "Solution.xml", "Customizations.xml" })
            System.IO.File.Copy(System.IO.Path.Combine(fixture, "Other", file), System.IO.Path.Combine(Root, "Other", file));
    }

    public void Dispose() => System.IO.Directory.Delete(Root, recursive: true);

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from)) System.IO.File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        foreach (var dir in System.IO.Directory.GetDirectories(from)) Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
    }
}

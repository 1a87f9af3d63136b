using System;
using System.IO;
using System.Linq;
using CxJourney.Cli.Commands;
using CxJourney.Cli.Tests.Support;
using CxJourney.Tests.Shared;

namespace CxJourney.Cli.Tests.Commands;

/// <summary>The `cxjourney` command line: commands, options, output lines and exit codes (0 ok, 1 problems, 2 usage).</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var run = Run("--help");
        Assert.Equal(ExitCodes.Ok, run.Code);
        Assert.Contains("pack", run.Out, StringComparison.Ordinal);
        Assert.Contains("check", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_help_lists_its_options()
    {
        var run = Run("pack", "--help");
        Assert.Equal(ExitCodes.Ok, run.Code);
        foreach (var option in new[] { "--solution", "--out", "--version", "--no-build", "--configuration" })
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("publish")]
    [InlineData("check --frobnicate")]
    [InlineData("pack --out")]
    public void A_wrong_command_line_exits_2(string commandLine)
    {
        var run = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains("cxjourney --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_that_is_not_four_parts_exits_2()
    {
        var run = Run("pack", "--solution", TempSolution.FixtureFolder("good"), "--no-build", "--version", "1.2");
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains("not a four-part version", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_solution_folder_exits_2()
    {
        var run = Run("check", "--solution", Path.Combine(Path.GetTempPath(), "no-such-solution-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_on_a_good_solution_exits_0()
    {
        var run = Run("check", "--solution", TempSolution.FixtureFolder("good"), "--assembly", FixturePluginAssembly.Path);
        Assert.Equal(ExitCodes.Ok, run.Code);
        Assert.Equal("✓ no problems, 0 warnings", run.Out.Trim());
    }

    [Fact]
    public void Check_prints_one_line_per_problem_and_exits_1()
    {
        using var broken = TempSolution.Copy();
        broken.Replace("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000102}.xml", "<ImageType>1</ImageType>", "<ImageType>0</ImageType>");
        broken.Replace("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml", "<Mode>0</Mode>", "<Mode>1</Mode>");

        var run = Run("check", "--solution", broken.Folder, "--assembly", FixturePluginAssembly.Path);

        Assert.Equal(ExitCodes.Problems, run.Code);
        var lines = run.Out.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml(2): /SdkMessageProcessingStep: an asynchronous step", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000102}.xml(20): /SdkMessageProcessingStep/SdkMessageProcessingStepImages/SdkMessageProcessingStepImage[@Name='PostImage']: a pre-image on a Create step", lines[1], StringComparison.Ordinal);
        Assert.All(lines[..2], line => Assert.Contains(" — ", line, StringComparison.Ordinal));
        Assert.Equal("✗ 2 problems, 0 warnings", lines[2]);
    }

    [Fact]
    public void Pack_writes_both_zips_into_the_out_folder_with_the_stamped_version()
    {
        using var solution = TempSolution.Copy();
        // No plugin assembly: --no-build then needs no build output from the repository.
        solution.Delete("PluginAssemblies");
        solution.Delete("SdkMessageProcessingSteps");
        var output = Path.Combine(Path.GetDirectoryName(solution.Folder)!, "zips");

        var run = Run("pack", "--solution", solution.Folder, "--no-build", "--out", output, "--version", "3.0.0.1");

        Assert.True(run.Code == ExitCodes.Ok, run.Error);
        Assert.Equal(["CxJourneyFixture_3_0_0_1.zip", "CxJourneyFixture_3_0_0_1_managed.zip"],
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("✓ Read CxJourneyFixture 1.2.0.3", run.Out, StringComparison.Ordinal);
        Assert.Contains("sha256", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_refuses_a_solution_with_errors_and_exits_1()
    {
        using var broken = TempSolution.Copy();
        broken.Replace("SdkMessageProcessingSteps/{0b6f7c2e-1a2b-4c3d-8e9f-000000000101}.xml", "<Stage>20</Stage>", "<Stage>30</Stage>");
        var output = Path.Combine(Path.GetDirectoryName(broken.Folder)!, "zips");

        var run = Run("pack", "--solution", broken.Folder, "--no-build", "--out", output);

        Assert.Equal(ExitCodes.Problems, run.Code);
        Assert.Contains("<Stage> 30 is not a plug-in stage", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(args, output, error, console: null, workingDirectory: RepoPaths.Root);
        return (code, output.ToString(), error.ToString());
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CxJourney.Cli.Calibration;
using CxJourney.Cli.Demo;
using CxJourney.Cli.Tests.Support;
using CxJourney.Plugins.Domain.Scoring;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;

namespace CxJourney.Cli.Tests.Calibration;

public class OrganizationCalibrationTests
{
    [Fact]
    public void Calibrating_a_replayed_business_writes_weights_the_plugins_read_and_that_beat_the_baselines()
    {
        var business = BusinessGenerator.Generate(150, 365, 5);
        var organization = DemoReplay.CreateOrganization(RepoSolution.Folder, business.Start, 5);
        DemoReplay.Run(organization, business, calibrateMidYear: false);
        var service = organization.GetService();

        var run = OrganizationCalibration.Run(service, business.End);

        Assert.NotNull(run.Csat);
        Assert.NotNull(run.Ces);
        Assert.True(run.Csat!.HoldoutMae < run.Csat.MeanBaselineMae, OrganizationCalibration.Describe(run.Csat));
        Assert.True(run.Ces!.HoldoutMae < run.Ces.MeanBaselineMae, OrganizationCalibration.Describe(run.Ces));
        var stored = EnvironmentSettings.Load(service).Get(EnvironmentVariables.ScoringWeights);
        Assert.Equal(run.WrittenJson, stored);
        Assert.True(stored!.Length <= 2000, "an environment variable value holds 2,000 characters");
        var settings = ScoringSettings.Parse(stored);
        Assert.Equal(run.Csat.Model.Weights(), settings.CsatModel.Weights());
        Assert.Equal(run.Csat.Model.Intercept, settings.CsatModel.Intercept);
        Assert.Equal(run.Ces.Model.Weights(), settings.CesModel.Weights());
        Assert.Equal(ScoringSettings.Default.Composite, settings.Composite);

        // Calibrating again updates the same value row instead of adding one.
        OrganizationCalibration.Run(service, business.End);
        Assert.Single(organization.Query(Tables.EnvironmentVariableValue),
            v => v.GetAttributeValue<string>(EnvironmentVariableValueColumns.SchemaName) == EnvironmentVariables.ScoringWeights);
    }

    [Fact]
    public void Merging_keeps_every_other_setting_and_replaces_only_the_models()
    {
        var csat = SatisfactionModel.DefaultCsat with { Intercept = 3.9, PerReopen = -1.25 };
        var json = OrganizationCalibration.MergedWeights("{ \"resolveByTargetBusinessHours\": 24, \"composite\": { \"csat\": 1 } }", csat, null);

        var root = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(24, root["resolveByTargetBusinessHours"]!.GetValue<double>());
        Assert.Equal(1, root["composite"]!["csat"]!.GetValue<double>());
        Assert.Null(root["cesModel"]);
        var parsed = ScoringSettings.Parse(json);
        Assert.Equal(-1.25, parsed.CsatModel.PerReopen);
        Assert.Equal(3.9, parsed.CsatModel.Intercept);
    }

    [Fact]
    public void The_command_refuses_out_of_range_options()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Program.Run(["calibrate", "--contacts", "0"], output, error, console: null, workingDirectory: Path.GetTempPath());
        Assert.Equal(CxJourney.Cli.Commands.ExitCodes.Usage, code);
        Assert.Contains("--contacts", error.ToString());
    }
}

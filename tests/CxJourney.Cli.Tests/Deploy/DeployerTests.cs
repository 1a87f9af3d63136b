using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using CxJourney.Cli.Deploy;
using CxJourney.Cli.Tests.Dataverse;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using static CxJourney.Cli.Tests.Dataverse.FakeDataverse;

namespace CxJourney.Cli.Tests.Deploy;

/// <summary>Deploy against a scripted Dataverse: the import's system job is followed; its failure is the platform's.</summary>
public sealed class DeployerTests : IDisposable
{
    private const string JobId = "1b9e2a55-7d6c-4b8e-9f00-000000000001";
    private readonly PackedZip _packed;
    private readonly SolutionPackage _package;

    public DeployerTests()
    {
        var source = SolutionReader.Read(TempSolution.FixtureFolder("good"));
        _packed = PackedZip.Pack(source.RootFolder, FixtureAssemblies());
        _package = new SolutionPackage(_packed.Result.ManagedZip, SolutionReader.Read(_packed.Extract(_packed.Result.ManagedZip)));
    }

    private static Dictionary<string, string> FixtureAssemblies() =>
        new(StringComparer.OrdinalIgnoreCase) { [FixturePluginAssembly.AssemblyName] = FixturePluginAssembly.Path };

    [Fact]
    public async Task An_import_that_fails_shows_the_platforms_message()
    {
        const string platform = "Solution manifest import: FAILURE: The solution is missing dependencies. Install the required solutions first.";
        var fake = new FakeDataverse()
            .On("GET /api/data/v9.2/solutions", Json("{\"value\":[]}"))
            .On("POST /api/data/v9.2/ImportSolutionAsync", Json($"{{\"AsyncOperationId\":\"{JobId}\",\"ImportJobKey\":\"k\"}}"))
            .On("GET /api/data/v9.2/asyncoperations(", Json("{\"statecode\":2,\"statuscode\":20}"), Json($"{{\"statecode\":3,\"statuscode\":31,\"message\":\"{platform}\"}}"))
            .On("GET /api/data/v9.2/importjobs(", Json("{\"progress\":42.5}"));
        var delay = new RecordedDelay();
        var heard = new List<double?>();
        using var client = fake.Client(delay);
        var deployer = new Deployer(client, delay) { Progress = (_, percent) => heard.Add(percent) };

        var error = await Assert.ThrowsAsync<DeployException>(() => deployer.RunAsync([_package], new Dictionary<string, string>()));

        Assert.Contains(platform, error.Message);
        Assert.Contains("failed", error.Message);
        Assert.Equal([42.5], heard);
        Assert.Equal([deployer.PollInterval], delay.Waits);
        Assert.DoesNotContain(fake.Requests, r => r.PathAndQuery.Contains("PublishAllXml", StringComparison.Ordinal));
        var import = System.Text.Json.Nodes.JsonNode.Parse(fake.Requests.Single(r => r.Method == HttpMethod.Post).Body!)!.AsObject();
        Assert.Equal(File.ReadAllBytes(_package.ZipPath), Convert.FromBase64String(import["CustomizationFile"]!.GetValue<string>()));
        Assert.False(import["OverwriteUnmanagedCustomizations"]!.GetValue<bool>());
        Assert.True(import["PublishWorkflows"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_solution_already_installed_at_the_same_version_is_not_imported_and_nothing_is_published()
    {
        var fake = new FakeDataverse()
            .On("GET /api/data/v9.2/solutions", Json($"{{\"value\":[{{\"uniquename\":\"{_package.UniqueName}\",\"version\":\"{_package.Version}\",\"ismanaged\":true}}]}}"));
        using var client = fake.Client(new RecordedDelay());

        DeployResult result = await new Deployer(client).RunAsync([_package], new Dictionary<string, string>());

        Assert.False(result.Changed);
        Assert.Single(fake.Requests);
        Assert.Contains("already installed", result.Steps[0].Outcome);
    }

    [Fact]
    public async Task Unusable_settings_are_refused_before_anything_is_sent()
    {
        var fake = new FakeDataverse();
        using var client = fake.Client(new RecordedDelay());
        var settings = new Dictionary<string, string> { ["cx_ScoreThreshold"] = new string('9', 2001), ["cx_Nonexistent"] = "1" };

        var error = await Assert.ThrowsAsync<DeployException>(() => new Deployer(client).RunAsync([_package], settings));

        Assert.Empty(fake.Requests);
        Assert.Contains("cx_ScoreThreshold: the value has 2001 characters", error.Message);
        Assert.Contains("cx_Nonexistent: no such environment variable", error.Message);
    }

    public void Dispose() => _packed.Dispose();
}

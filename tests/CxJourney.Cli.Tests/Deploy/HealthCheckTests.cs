using System;
using System.Linq;
using System.Threading.Tasks;
using CxJourney.Cli.Doctor;
using CxJourney.Cli.Tests.Dataverse;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using static CxJourney.Cli.Tests.Dataverse.FakeDataverse;

namespace CxJourney.Cli.Tests.Deploy;

/// <summary>doctor's checks against a scripted organization in which everything that can go wrong has.</summary>
public sealed class HealthCheckTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 12, 0, 0, DateTimeKind.Utc);
    private readonly SolutionDefinition _solution = SolutionReader.Read(TempSolution.FixtureFolder("good"));

    [Fact]
    public async Task Every_problem_is_named_with_what_the_organization_said()
    {
        PluginStepDefinition failing = _solution.Steps[0];
        PluginStepDefinition disabled = _solution.Steps[1];
        string key = _solution.FindTable("cx_touchpoint")!.AlternateKeys.Single().LogicalName;
        var fake = new FakeDataverse()
            .On("GET /api/data/v9.2/solutions", Json($"{{\"value\":[{{\"uniquename\":\"{_solution.Manifest.UniqueName}\",\"version\":\"{_solution.Manifest.Version}\",\"ismanaged\":true}}]}}"))
            .On($"GET /api/data/v9.2/sdkmessageprocessingsteps({failing.Id:D})", Json("{\"name\":\"a\",\"statecode\":0}"))
            .On($"GET /api/data/v9.2/sdkmessageprocessingsteps({disabled.Id:D})", Json("{\"name\":\"b\",\"statecode\":1}"))
            .On("GET /api/data/v9.2/EntityDefinitions(LogicalName='cx_touchpoint')/Keys", Json($"{{\"value\":[{{\"LogicalName\":\"{key}\",\"EntityKeyIndexStatus\":\"Failed\"}}]}}"))
            .On("GET /api/data/v9.2/environmentvariabledefinitions", Json("{\"value\":[]}"))
            .On("GET /api/data/v9.2/environmentvariablevalues", Json("{\"value\":[]}"))
            .On("GET /api/data/v9.2/asyncoperations", Json($"{{\"value\":[{{\"_owningextensionid_value\":\"{failing.Id:D}\",\"statuscode\":31,\"message\":\"Unexpected exception from plug-in (Execute): boom\\n   at Somewhere()\"}},{{\"_owningextensionid_value\":\"{failing.Id:D}\",\"statuscode\":31,\"message\":\"Unexpected exception from plug-in (Execute): boom\"}},{{\"_owningextensionid_value\":\"{Guid.NewGuid():D}\",\"statuscode\":31,\"message\":\"another product's job\"}}]}}"))
            .On("GET /api/data/v9.2/organizations", Json("{\"value\":[{\"plugintracelogsetting\":1}]}"))
            .On("GET /api/data/v9.2/plugintracelogs", Json("{\"value\":[{\"typename\":\"CxJourney.Plugins.ScoreTouchpoint\",\"exceptiondetails\":\"InvalidPluginExecutionException: cx_score is out of range\\nat ...\"}]}"));
        using var client = fake.Client(new RecordedDelay());

        var findings = await new HealthCheck(client, () => Now).RunAsync([_solution]);
        var problems = findings.Where(f => f.Level == FindingLevel.Problem).Select(f => f.Check + ": " + f.Detail).ToList();

        Assert.Contains($"Step: {disabled.Name} is disabled: enable it (Solutions > SDK Message Processing Steps)", problems);
        Assert.Contains(problems, p => p.StartsWith($"Key: cx_touchpoint.{key} is Failed", StringComparison.Ordinal));
        Assert.Contains("Variable: cx_ScoreThreshold is missing: re-import the solution", problems);
        Assert.Contains($"System jobs: 2 failed job(s) of {failing.Name} in the last day: Unexpected exception from plug-in (Execute): boom", problems);
        Assert.Contains("Plug-in trace: 1 exception(s) in CxJourney.Plugins.ScoreTouchpoint in the last day: InvalidPluginExecutionException: cx_score is out of range", problems);
        Assert.Equal(5, problems.Count);
        Assert.Contains(fake.Requests, r => r.PathAndQuery.Contains("createdon ge 2026-03-01T12:00:00Z", StringComparison.Ordinal) && r.PathAndQuery.Contains("asyncoperations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sources_without_any_touchpoint_in_the_last_hour_mean_capture_is_not_running()
    {
        var capture = _solution with
        {
            Steps = [_solution.Steps[0] with { PluginTypeName = "CxJourney.Plugins.Capture.ActivityCapturePlugin, CxJourney.Plugins", PrimaryEntity = "email", MessageName = "CreateMultiple" }],
            Tables = [],
            EnvironmentVariables = [],
        };
        var fake = new FakeDataverse()
            .On("GET /api/data/v9.2/solutions", Json($"{{\"value\":[{{\"uniquename\":\"{_solution.Manifest.UniqueName}\",\"version\":\"{_solution.Manifest.Version}\"}}]}}"))
            .On("GET /api/data/v9.2/sdkmessageprocessingsteps(", Json("{\"statecode\":0}"))
            .On("GET /api/data/v9.2/environmentvariable", Json("{\"value\":[]}"))
            .On("GET /api/data/v9.2/asyncoperations", Json("{\"value\":[]}"))
            .On("GET /api/data/v9.2/organizations", Json("{\"value\":[{\"plugintracelogsetting\":0}]}"))
            .On("GET /api/data/v9.2/EntityDefinitions(LogicalName='email')", Json("{\"EntitySetName\":\"emails\",\"PrimaryIdAttribute\":\"activityid\"}"))
            .On("GET /api/data/v9.2/EntityDefinitions(LogicalName='cx_touchpoint')", Json("{\"EntitySetName\":\"cx_touchpoints\",\"PrimaryIdAttribute\":\"cx_touchpointid\"}"))
            .On("GET /api/data/v9.2/emails", Json("{\"value\":[{\"activityid\":\"1\"},{\"activityid\":\"2\"}]}"))
            .On("GET /api/data/v9.2/cx_touchpoints", Json("{\"value\":[]}"));
        using var client = fake.Client(new RecordedDelay());

        var findings = await new HealthCheck(client, () => Now).RunAsync([capture]);

        var problem = Assert.Single(findings, f => f.Level == FindingLevel.Problem);
        Assert.Equal("Capture", problem.Check);
        Assert.StartsWith("2 new rows in email and 0 touchpoints in the last hour: capture is not running", problem.Detail);
        Assert.Contains(findings, f => f.Check == "Plug-in trace" && f.Level == FindingLevel.Info);
        Assert.Contains(fake.Requests, r => r.PathAndQuery.StartsWith("/api/data/v9.2/emails?$select=activityid&$filter=createdon ge 2026-03-02T11:00:00Z", StringComparison.Ordinal));
    }
}

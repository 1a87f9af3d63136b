using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;

namespace CxJourney.Cli.Tests.Deploy;

/// <summary>
/// `serve`, `pack`, `deploy --local`, `doctor --local` end to end: the packed zips go into an empty
/// local organization over HTTP exactly as they would go into Dataverse.
/// </summary>
public sealed class DeployEndToEndTests : IClassFixture<LocalDeployment>
{
    private readonly LocalDeployment _local;

    public DeployEndToEndTests(LocalDeployment local) { _local = local; }

    private (int Code, string Out, string Error) Deploy(params string[] extra) =>
        _local.Cli(["deploy", "--url", _local.Url, "--local", "--packages", _local.Packages, .. extra]);

    private (int Code, string Out, string Error) Doctor() =>
        _local.Cli("doctor", "--url", _local.Url, "--local", "--packages", _local.Packages);

    [Fact]
    public void Deploy_imports_into_an_empty_organization_and_a_second_run_changes_nothing()
    {
        var first = Deploy();
        Assert.True(first.Code == 0, first.Error + first.Out);

        var solutions = _local.Get("solutions?$select=uniquename,version&$filter=uniquename eq 'CxJourney'");
        Assert.Single(solutions);
        Assert.Contains(_local.Server.Organization.Metadata.Tables, t => t.LogicalName == "cx_touchpoint");
        Assert.NotEmpty(_local.Get("sdkmessageprocessingsteps?$select=name&$filter=statecode eq 0"));

        var again = Deploy();
        Assert.True(again.Code == 0, again.Error + again.Out);
        Assert.Contains("Nothing changed", again.Out);
        Assert.Contains("already installed", again.Out);
        Assert.Single(_local.Get("solutions?$select=uniquename&$filter=uniquename eq 'CxJourney'"));

        var healthy = Doctor();
        Assert.True(healthy.Code == 0, healthy.Error + healthy.Out);
        Assert.Contains("CxJourney is healthy", healthy.Out);
        Assert.Contains("steps registered and enabled", healthy.Out);
        Assert.Contains("alternate keys Active", healthy.Out);
    }

    [Fact]
    public void Settings_are_set_once_and_a_broken_variable_makes_doctor_name_it()
    {
        Assert.Equal(0, Deploy().Code);
        string settings = Path.Combine(_local.ScratchFolder, "settings.json");
        File.WriteAllText(settings, "{ \"cx_CxTeamQueue\": \"Customer Care\", \"cx_FollowUpThrottle\": { \"maxFollowUps\": 3, \"perDays\": 7 } }");

        var set = Deploy("--settings", settings);
        Assert.True(set.Code == 0, set.Error + set.Out);
        Assert.Contains("changed    Variable cx_CxTeamQueue", set.Out);
        var value = _local.Get("environmentvariablevalues?$select=value&$filter=schemaname eq 'cx_CxTeamQueue'");
        Assert.Equal("Customer Care", value.Single()!["value"]!.GetValue<string>());

        var again = Deploy("--settings", settings);
        Assert.Contains("unchanged  Variable cx_CxTeamQueue: already set to this value", again.Out);
        Assert.Contains("Nothing changed", again.Out);

        // An admin breaks one variable by hand, bypassing deploy's check.
        var definition = _local.Get("environmentvariabledefinitions?$select=environmentvariabledefinitionid&$filter=schemaname eq 'cx_ScoringWeights'").Single()!;
        var existing = _local.Get("environmentvariablevalues?$select=environmentvariablevalueid&$filter=schemaname eq 'cx_ScoringWeights'");
        var write = existing.Count > 0
            ? _local.Send(HttpMethod.Patch, $"environmentvariablevalues({existing[0]!["environmentvariablevalueid"]})", "{\"value\":\"{ \\\"csat\\\": \"}")
            : _local.Send(HttpMethod.Post, "environmentvariablevalues",
                $"{{\"schemaname\":\"cx_ScoringWeights\",\"value\":\"{{ \\\"csat\\\": \",\"EnvironmentVariableDefinitionId@odata.bind\":\"/environmentvariabledefinitions({definition["environmentvariabledefinitionid"]})\"}}");
        Assert.True(write.Status is HttpStatusCode.NoContent or HttpStatusCode.Created or HttpStatusCode.OK, write.Body);

        var sick = Doctor();
        Assert.Equal(1, sick.Code);
        var problems = sick.Out.Split('\n').Where(l => l.StartsWith("PROBLEM", StringComparison.Ordinal)).ToList();
        Assert.Single(problems);
        Assert.Contains("Variable: cx_ScoringWeights:", problems[0]);
        Assert.Contains("1 problem(s) need an admin", sick.Out);

        // deploy refuses the same broken value before sending anything.
        File.WriteAllText(settings, "{ \"cx_ScoringWeights\": \"{ \\\"csat\\\": \" }");
        var refused = Deploy("--settings", settings);
        Assert.Equal(1, refused.Code);
        Assert.Contains("cx_ScoringWeights:", refused.Error);
        Assert.Contains("nothing was sent", refused.Error);

        // Fixed again (the value row emptied: the shipped default applies), doctor is content.
        var row = _local.Get("environmentvariablevalues?$select=environmentvariablevalueid&$filter=schemaname eq 'cx_ScoringWeights'").Single()!;
        var fixedValue = _local.Send(HttpMethod.Patch, $"environmentvariablevalues({row["environmentvariablevalueid"]})", "{\"value\":null}");
        Assert.Equal(HttpStatusCode.NoContent, fixedValue.Status);
        Assert.Equal(0, Doctor().Code);
    }

    [Fact]
    public void The_local_organization_fails_an_unreadable_import_in_its_system_job_with_the_readers_message()
    {
        string zip;
        using (var buffer = new MemoryStream())
        {
            using (var archive = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                using var writer = new StreamWriter(archive.CreateEntry("solution.xml").Open());
                writer.Write("<ImportExportXml><SolutionManifest><UniqueName>Broken</UniqueName></SolutionManifest></ImportExportXml>");
            }
            zip = Convert.ToBase64String(buffer.ToArray());
        }
        var started = _local.Send(HttpMethod.Post, "ImportSolutionAsync",
            $"{{\"OverwriteUnmanagedCustomizations\":false,\"PublishWorkflows\":true,\"CustomizationFile\":\"{zip}\"}}");
        Assert.Equal(HttpStatusCode.OK, started.Status);
        var answer = JsonNode.Parse(started.Body)!;

        var job = _local.Send(HttpMethod.Get, $"asyncoperations({answer["AsyncOperationId"]})?$select=statecode,statuscode,message");
        var row = JsonNode.Parse(job.Body)!;
        Assert.Equal(3, row["statecode"]!.GetValue<int>());
        Assert.Equal(31, row["statuscode"]!.GetValue<int>());
        Assert.Contains("customizations", row["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_local.Get("solutions?$select=uniquename&$filter=uniquename eq 'Broken'"));
    }

    [Fact]
    public void A_zip_that_is_not_a_solution_is_refused_before_anything_is_sent()
    {
        string folder = Path.Combine(_local.ScratchFolder, "bad");
        Directory.CreateDirectory(folder);
        using (var zip = System.IO.Compression.ZipFile.Open(Path.Combine(folder, "CxJourney_9_0_0_0.zip"), System.IO.Compression.ZipArchiveMode.Create))
        {
            var entry = zip.CreateEntry("solution.xml");
            using var writer = new StreamWriter(entry.Open());
            writer.Write("<ImportExportXml><SolutionManifest><UniqueName>CxJourney</UniqueName></SolutionManifest></ImportExportXml>");
        }

        var failed = _local.Cli("deploy", "--url", _local.Url, "--local", "--packages", folder);

        Assert.Equal(2, failed.Code);
        Assert.Contains("customizations", failed.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void After_deploy_the_organization_runs_the_plugins_a_new_case_is_on_the_contacts_journey()
    {
        Assert.Equal(0, Deploy().Code);

        var contact = _local.Send(HttpMethod.Post, "contacts", "{\"firstname\":\"Ada\",\"lastname\":\"Deploy\"}");
        Assert.Equal(HttpStatusCode.NoContent, contact.Status);
        string contactId = _local.Get("contacts?$select=contactid&$filter=lastname eq 'Deploy'").Single()!["contactid"]!.GetValue<string>();
        var incident = _local.Send(HttpMethod.Post, "incidents", $"{{\"title\":\"Printer on fire\",\"customerid_contact@odata.bind\":\"/contacts({contactId})\"}}");
        Assert.True(incident.Status == HttpStatusCode.NoContent, incident.Body);

        var touchpoints = _local.Get($"cx_touchpoints?$select=cx_touchpointid&$filter=_cx_contactid_value eq {contactId}");
        Assert.NotEmpty(touchpoints);
        var doctor = Doctor();
        Assert.True(doctor.Out.Contains("ok       Capture:", StringComparison.Ordinal), doctor.Out);
    }

    [Fact]
    public void A_step_an_admin_disabled_is_named_by_doctor()
    {
        Assert.Equal(0, Deploy().Code);
        var step = _local.Get("sdkmessageprocessingsteps?$select=sdkmessageprocessingstepid,name&$filter=statecode eq 0&$top=1").Single()!;
        string id = step["sdkmessageprocessingstepid"]!.GetValue<string>();

        var disable = _local.Send(HttpMethod.Patch, $"sdkmessageprocessingsteps({id})", "{\"statecode\":1,\"statuscode\":2}");
        Assert.Equal(HttpStatusCode.NoContent, disable.Status);
        var sick = Doctor();
        var enable = _local.Send(HttpMethod.Patch, $"sdkmessageprocessingsteps({id})", "{\"statecode\":0,\"statuscode\":1}");

        Assert.Equal(1, sick.Code);
        Assert.Contains($"PROBLEM  Step: {step["name"]!.GetValue<string>()} is disabled", sick.Out);
        Assert.Equal(HttpStatusCode.NoContent, enable.Status);
        Assert.Equal(0, Doctor().Code);
    }

    // A deactivated step is not run by the event pipeline until it is activated again (no re-import).
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep#statecode-choicesoptions
    [Fact]
    public void A_step_an_admin_disabled_does_not_run_and_runs_again_once_enabled()
    {
        Assert.Equal(0, Deploy().Code);
        const string StepName = "CxJourney.Plugins.Capture.ActivityCapturePlugin: Create of phonecall";
        string id = _local.Get($"sdkmessageprocessingsteps?$select=sdkmessageprocessingstepid&$filter=name eq '{StepName}'")
            .Single()!["sdkmessageprocessingstepid"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, _local.Send(HttpMethod.Post, "contacts", "{\"firstname\":\"Dis\",\"lastname\":\"Abled\"}").Status);
        string contact = _local.Get("contacts?$select=contactid&$filter=lastname eq 'Abled'").Single()!["contactid"]!.GetValue<string>();
        // A call logged open: capture writes its (planned) touchpoint when the step runs.
        int TouchpointsOfTask(string subject)
        {
            var created = _local.Send(HttpMethod.Post, "phonecalls", $"{{\"subject\":\"{subject}\",\"directioncode\":false,\"regardingobjectid_contact_phonecall@odata.bind\":\"/contacts({contact})\"}}");
            Assert.True(created.Status == HttpStatusCode.NoContent, created.Body);
            string call = _local.Get($"phonecalls?$select=activityid&$filter=subject eq '{subject}'").Single()!["activityid"]!.GetValue<string>();
            return _local.Get($"cx_touchpoints?$select=cx_touchpointid&$filter=cx_sourceid eq '{call}'").Count;
        }

        Assert.Equal(HttpStatusCode.NoContent, _local.Send(HttpMethod.Patch, $"sdkmessageprocessingsteps({id})", "{\"statecode\":1,\"statuscode\":2}").Status);
        int whileDisabled = TouchpointsOfTask("Call back while disabled");
        string doctor = Doctor().Out;
        Assert.Equal(HttpStatusCode.NoContent, _local.Send(HttpMethod.Patch, $"sdkmessageprocessingsteps({id})", "{\"statecode\":0,\"statuscode\":1}").Status);
        int onceEnabled = TouchpointsOfTask("Call back once enabled");

        Assert.Equal(0, whileDisabled);
        Assert.Contains($"PROBLEM  Step: {StepName} is disabled", doctor);
        Assert.Equal(1, onceEnabled);
    }

    [Fact]
    public void With_tracing_on_doctor_reads_the_plugin_trace_log()
    {
        Assert.Equal(0, Deploy().Code);
        string organization = _local.Get("organizations?$select=organizationid").Single()!["organizationid"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, _local.Send(HttpMethod.Patch, $"organizations({organization})", "{\"plugintracelogsetting\":2}").Status);
        Assert.Equal(HttpStatusCode.NoContent, _local.Send(HttpMethod.Post, "contacts", "{\"firstname\":\"Tra\",\"lastname\":\"Ced\"}").Status);
        string contactId = _local.Get("contacts?$select=contactid&$filter=lastname eq 'Ced'").Single()!["contactid"]!.GetValue<string>();
        var incident = _local.Send(HttpMethod.Post, "incidents", $"{{\"title\":\"Traced case\",\"customerid_contact@odata.bind\":\"/contacts({contactId})\"}}");
        Assert.True(incident.Status == HttpStatusCode.NoContent, incident.Body);

        var traces = _local.Get("plugintracelogs?$select=typename,exceptiondetails");
        var doctor = Doctor();
        _local.Send(HttpMethod.Patch, $"organizations({organization})", "{\"plugintracelogsetting\":0}");

        Assert.NotEmpty(traces);
        Assert.All(traces, t => Assert.StartsWith("CxJourney.Plugins.", t!["typename"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains("ok       Plug-in trace: no CxJourney plug-in exceptions traced in the last day", doctor.Out);
    }

    [Fact]
    public void Usage_mistakes_are_told_before_anything_is_sent()
    {
        var sales = Deploy("--solution", "sales");
        Assert.Equal(2, sales.Code);
        Assert.Contains("no unmanaged sales solution zip", sales.Error);

        var missing = Deploy("--settings", Path.Combine(_local.ScratchFolder, "nope.json"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("does not exist", missing.Error);

        var port = _local.Cli("serve", "--port", "70000");
        Assert.Equal(2, port.Code);
        Assert.Contains("is not a TCP port", port.Error);
    }

    [Fact]
    public void Local_sign_in_is_refused_for_a_real_organization()
    {
        var refused = _local.Cli("deploy", "--url", "https://contoso.crm.dynamics.com", "--local", "--packages", _local.Packages);

        Assert.Equal(2, refused.Code);
        Assert.Contains("not a loopback address", refused.Error);
    }
}

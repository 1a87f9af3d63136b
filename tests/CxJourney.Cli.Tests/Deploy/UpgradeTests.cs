using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using CxJourney.Cli.Commands;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using CxJourney.WebApi;

namespace CxJourney.Cli.Tests.Deploy;

/// <summary>
/// A newer version of the solution imports over the installed one and keeps what the admin set: a
/// solution ships environment variable definitions and defaults, never the organization's values.
/// </summary>
// https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables#enter-new-values-while-importing-solutions
public sealed class UpgradeTests : IDisposable
{
    private readonly RepoSolution.WithContent _content = RepoSolution.WithWebContent();
    private readonly LocalWebApiServer _server = LocalDeployment.Start();

    [Fact]
    public void A_newer_version_is_imported_and_the_admins_values_stay()
    {
        var assemblies = RepoSolution.Assemblies(SolutionReader.Read(_content.Folder));
        using var v1 = PackedZip.Pack(_content.Folder, assemblies, version: "1.0.0.0");
        using var v2 = PackedZip.Pack(_content.Folder, assemblies, version: "1.0.1.0");
        string url = _server.BaseUri.ToString().TrimEnd('/');
        string settings = Path.Combine(v1.Folder, "settings.json");
        File.WriteAllText(settings, "{ \"cx_CxTeamQueue\": \"Customer Care\" }");

        Assert.Equal(0, Run("deploy", "--url", url, "--local", "--managed", "--packages", Path.GetDirectoryName(v1.Result.ManagedZip)!, "--settings", settings).Code);
        var upgrade = Run("deploy", "--url", url, "--local", "--managed", "--packages", Path.GetDirectoryName(v2.Result.ManagedZip)!);

        Assert.True(upgrade.Code == 0, upgrade.Error + upgrade.Out);
        Assert.Contains("imported 1.0.1.0 managed (was 1.0.0.0)", upgrade.Out);
        var organization = _server.Organization;
        Assert.Equal("1.0.1.0", organization.Query("solution").Single(s => s.GetAttributeValue<string>("uniquename") == "CxJourney").GetAttributeValue<string>("version"));
        Assert.Equal("Customer Care", organization.Query("environmentvariablevalue").Single(v => v.GetAttributeValue<string>("schemaname") == "cx_CxTeamQueue").GetAttributeValue<string>("value"));
        Assert.Equal(1, organization.Query("environmentvariabledefinition").Count(d => d.GetAttributeValue<string>("schemaname") == "cx_CxTeamQueue"));
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error, console: null, workingDirectory: CxJourney.Tests.Shared.RepoPaths.Root);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        _server.Dispose();
        _content.Dispose();
    }
}

using System.IO;
using System.Text.Json.Nodes;
using CxJourney.Tests.Shared;

namespace CxJourney.Cli.Tests.Deploy;

/// <summary>`demo --solution out/&lt;managed zip&gt;` builds the organization from the packed zip and gives the report `demo` gives from Solution/.</summary>
public sealed class DemoFromZipTests : IClassFixture<LocalDeployment>
{
    private readonly LocalDeployment _local;

    public DemoFromZipTests(LocalDeployment local) { _local = local; }

    [Fact]
    public void The_managed_zip_gives_the_same_report_as_the_solution_folder_for_the_same_seed()
    {
        string fromZip = Path.Combine(_local.ScratchFolder, "zip.json");
        string fromFolder = Path.Combine(_local.ScratchFolder, "folder.json");
        string[] common = ["demo", "--contacts", "15", "--days", "30", "--seed", "11", "--no-serve"];

        var zip = _local.Cli([.. common, "--solution", _local.ManagedZip, "--report", fromZip]);
        var folder = _local.Cli([.. common, "--report", fromFolder]);

        Assert.True(zip.Code == 0, zip.Error + zip.Out);
        Assert.True(folder.Code == 0, folder.Error + folder.Out);
        Assert.Equal(WithoutSeconds(File.ReadAllText(fromFolder)), WithoutSeconds(File.ReadAllText(fromZip)));
        Assert.True(JsonNode.Parse(File.ReadAllText(fromZip))!["touchpoints"]!.GetValue<int>() > 0);
    }

    private static string WithoutSeconds(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("seconds");
        return node.ToJsonString();
    }
}

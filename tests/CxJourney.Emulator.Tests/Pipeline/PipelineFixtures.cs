using System;
using System.IO;
using CxJourney.Emulator.Pipeline;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using CxJourney.Emulator.Tests.Solution;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>
/// Organizations running the plug-in steps of a fixture solution (fixtures/pipeline/NAME), bound to
/// the test plug-ins of this assembly, as a test would run the repository's Solution/ with the
/// built plug-in assembly.
/// </summary>
internal static class PipelineFixtures
{
    public static string Folder(string name) =>
        Path.Combine(SolutionFixtures.RepoRoot, "tests", "CxJourney.Emulator.Tests", "fixtures", "pipeline", name);

    public static LocalOrganization Organization(string fixture, PipelineSettings? settings = null) =>
        LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = Folder(fixture),
            PluginAssemblies = [typeof(RecordingPlugin).Assembly],
            Pipeline = settings,
        });

    public static PluginPipeline Plugins(this LocalOrganization organization) =>
        organization.Plugins ?? throw new InvalidOperationException("The organization runs no plug-ins.");

    public static Guid StepId(string prefix, int number) => Guid.Parse($"{prefix}-0000-4000-8000-{number:D12}");
}

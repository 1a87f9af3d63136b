using CxJourney.Emulator;
using CxJourney.Emulator.Pipeline;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Reading;
using CxJourney.TestSupport;
using CxJourney.TestSupport.Events;

namespace CxJourney.Bench.Baseline;

/// <summary>
/// The naive baseline's world: the product's tables (the repository's Solution/) with the naive steps of
/// <see cref="BaselineRegistrations"/> instead of the shipped ones, so the same events cost what a
/// straightforward implementation would.
/// </summary>
public static class BaselineWorld
{
    private static readonly System.Lazy<SolutionDefinition> Solution = new(() => SolutionReader.Read(RepositoryRoot.Solution));

    public static EventWorld Create()
    {
        LocalOrganization organization = LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = RepositoryRoot.Solution,
            Clock = new OrganizationClock(EventWorld.Start),
            IdSeed = 42,
        });
        PluginPipeline pipeline = BaselineRegistrations.Attach(organization, Solution.Value);
        return new EventWorld("baseline", organization, pipeline, typeof(NaiveCaseScoringPlugin), [typeof(NaiveCapturePlugin)]);
    }
}

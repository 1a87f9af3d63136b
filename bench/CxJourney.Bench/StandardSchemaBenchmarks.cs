using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CxJourney.Bench.Infrastructure;
using CxJourney.Emulator;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Metadata.Standard;
using CxJourney.SolutionModel.Reading;
using CxJourney.TestSupport;

namespace CxJourney.Bench;

/// <summary>
/// What the standard tables' reference files (issue 16: 30 tables, ~2,800 columns) cost when an
/// organization starts: once per process, reading the embedded files and laying them over the
/// hand-written part (the ratio is to that part alone); per organization, building the catalog
/// with Solution/ and starting on it, beside a start without Solution/. The before/after of a start
/// was measured at 08682a7, while the hand-written tables were still complete (BENCHMARKS.md).
/// </summary>
[MemoryDiagnoser]
[ShortInProcessJob(iterations: 8)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StandardSchemaBenchmarks
{
    private SolutionDefinition _solution = null!;
    private IReadOnlyList<TableMetadata> _handWritten = null!;
    private IReadOnlyList<TableMetadata> _withReference = null!;

    [GlobalSetup]
    public void Setup()
    {
        _solution = SolutionLayers.Import(SolutionReader.Read(RepositoryRoot.Solution), []);
        _handWritten = StandardTables.HandWritten();
        _withReference = StandardTables.All;
        System.Console.WriteLine($"// standard tables: {_handWritten.Count}; columns of the hand-written part {Columns(_handWritten)}, with the reference files {Columns(_withReference)}");
    }

    private static int Columns(IReadOnlyList<TableMetadata> tables)
    {
        var count = 0;
        foreach (TableMetadata table in tables) count += table.Columns.Count;
        return count;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("once per process: standard tables")]
    public IReadOnlyList<TableMetadata> HandWrittenTables() => StandardTables.HandWritten();

    [Benchmark, BenchmarkCategory("once per process: standard tables")]
    public IReadOnlyList<TableMetadata> TablesFromReferenceFiles() => StandardTables.Build(StandardReference.ReadAll());

    [Benchmark(Baseline = true), BenchmarkCategory("per organization: start")]
    public LocalOrganization StartWithoutSolution() => LocalOrganization.Create();

    [Benchmark, BenchmarkCategory("per organization: start")]
    public LocalOrganization StartWithSolution() => Start(_withReference);

    private LocalOrganization Start(IReadOnlyList<TableMetadata> standard)
    {
        var issues = new List<SolutionIssue>();
        MetadataCatalog catalog = SolutionMetadataBuilder.Build(_solution, standard, issues);
        return LocalOrganization.Create(new LocalOrganizationOptions { Metadata = catalog });
    }
}

using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CxJourney.Bench.Infrastructure;
using CxJourney.Emulator.Query;

namespace CxJourney.Bench.Query;

/// <summary>
/// The LIKE matcher behind contains / startswith / endswith (LikePattern, with SegmentSearch for the
/// runs between % signs) on the input that made the old backtracking matcher quadratic: a value of
/// 1,000,000 (then 2,000,000) 'a' characters and an 8,000-character pattern of 7,999 'a' and one 'b',
/// which matches nowhere but almost everywhere. Linear matching shows as a 2x time for the 2x value;
/// the product of the lengths (8 * 10^9 comparisons per value) would not finish in a benchmark at all.
/// "contains with _" puts a '_' in the pattern, which moves the search from Knuth-Morris-Pratt to
/// the bit-parallel shift-and (ceil(8,000 / 64) = 125 words per character of the value).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
[MemoryDiagnoser]
[ShortInProcessJob(iterations: 20, warmups: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LikeMatcherBenchmarks
{
    private const int PatternLength = 8_000;

    private string _value = "";
    private LikePattern _contains = null!;
    private LikePattern _containsWithAnyOne = null!;
    private LikePattern _startsWith = null!;
    private LikePattern _endsWith = null!;

    [Params(1_000_000, 2_000_000)]
    public int ValueLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _value = new string('a', ValueLength);
        string almost = new string('a', PatternLength - 1) + "b";
        string withAnyOne = "_" + new string('a', PatternLength - 2) + "b";
        _contains = new LikePattern("%" + almost + "%");
        _containsWithAnyOne = new LikePattern("%" + withAnyOne + "%");
        _startsWith = new LikePattern(almost + "%");
        _endsWith = new LikePattern("%" + almost);
    }

    [Benchmark, BenchmarkCategory("contains")]
    public bool Contains() => _contains.IsMatch(_value) ? throw new InvalidOperationException("no match expected") : false;

    [Benchmark, BenchmarkCategory("contains with _")]
    public bool ContainsWithAnyOne() => _containsWithAnyOne.IsMatch(_value) ? throw new InvalidOperationException("no match expected") : false;

    [Benchmark, BenchmarkCategory("startswith")]
    public bool StartsWith() => _startsWith.IsMatch(_value) ? throw new InvalidOperationException("no match expected") : false;

    [Benchmark, BenchmarkCategory("endswith")]
    public bool EndsWith() => _endsWith.IsMatch(_value) ? throw new InvalidOperationException("no match expected") : false;
}

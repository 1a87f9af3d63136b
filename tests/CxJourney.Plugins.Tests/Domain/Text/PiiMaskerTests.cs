using System.Collections.Generic;
using System.Linq;
using System.Text;
using CxJourney.Plugins.Domain.Text;

namespace CxJourney.Plugins.Tests.Domain.Text;

public class PiiMaskerTests
{
    public static IEnumerable<object[]> Corpus() => PiiCorpus.Samples.Select(s => new object[] { s.Input, s.Expected ?? s.Input });

    [Fact]
    public void The_corpus_has_at_least_150_samples_with_near_misses()
    {
        Assert.True(PiiCorpus.Samples.Count >= 150, $"{PiiCorpus.Samples.Count} samples");
        Assert.True(PiiCorpus.Samples.Count(s => s.Expected == null) >= 50);
    }

    [Fact]
    public void Record_ids_stay_whole_and_only_standalone_ones_count_as_ids()
    {
        const string id = "35548191-0a7b-42ea-b1fa-06747c8eb2d1";
        Assert.Equal($"{id} / {id.ToUpperInvariant()}", PiiMasker.Mask($"{id} / {id.ToUpperInvariant()}"));
        // Letters that are no hex digits may touch an id; a phone number beside one is masked as anywhere else.
        Assert.Equal("x" + id + "x", PiiMasker.Mask("x" + id + "x"));
        Assert.Equal("Case " + id + ", call [phone]", PiiMasker.Mask("Case " + id + ", call +44 20 7946 0958"));
    }

    [Fact]
    public void Record_ids_are_found_where_the_pattern_that_defines_them_finds_them()
    {
        // The definition: 8-4-4-4-12 ASCII hex digits, no hex digit touching either end, leftmost first. Texts made of
        // ids, parts of ids, hex digits, dashes and spaces: where the definition finds ids, they come back whole.
        var definition = new System.Text.RegularExpressions.Regex(
            "(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])");
        var random = new System.Random(18);
        string[] parts = ["35548191-0a7b-42ea-b1fa-06747c8eb2d1", "0A7B", "-", " ", "g", "12", "b1fa-06747c8eb2d1", "ref ", "35548191-0a7b"];
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => parts[random.Next(parts.Length)]));
            var masked = PiiMasker.Mask(text);
            foreach (System.Text.RegularExpressions.Match m in definition.Matches(text))
                Assert.True(masked.Contains(m.Value, System.StringComparison.Ordinal), $"'{text}' -> '{masked}' lost the id {m.Value}");
        }
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Masks_the_corpus(string input, string expected)
    {
        Assert.Equal(expected, PiiMasker.Mask(input));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Masking_is_idempotent(string input, string expected)
    {
        _ = expected;
        var once = PiiMasker.Mask(input);
        Assert.Equal(once, PiiMasker.Mask(once));
    }

    [Fact]
    public void Null_gives_empty()
    {
        Assert.Equal(string.Empty, PiiMasker.Mask(null));
    }

    // Inputs that make a backtracking pattern take exponential or quadratic time. A pattern that times out
    // withholds the whole text, so an exact result proves every pass finished within its bound.
    [Theory]
    [InlineData("a", 60000)]
    [InlineData("a.", 30000)]
    [InlineData("1 ", 30000)]
    [InlineData("1-", 30000)]
    [InlineData("a@", 30000)]
    [InlineData("@a.", 20000)]
    [InlineData("DE89 ", 20000)]
    [InlineData("dot at ", 10000)]
    [InlineData("ssn 1", 10000)]
    public void Adversarial_input_is_scanned_without_timing_out(string unit, int repeat)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeat)) + " card 4111111111111111 end";
        var masked = PiiMasker.Mask(text);
        Assert.NotEqual(PiiMasker.WithheldMask, masked);
        Assert.DoesNotContain("4111111111111111", masked);
    }

    [Fact]
    public void Long_digit_runs_stay_when_they_are_no_card()
    {
        var digits = new StringBuilder().Append('9', 50000).ToString();
        Assert.Equal("x " + digits, PiiMasker.Mask("x " + digits));
    }
}

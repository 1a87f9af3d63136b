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

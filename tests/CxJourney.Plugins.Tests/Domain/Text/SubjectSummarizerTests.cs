using System.Linq;
using CxJourney.Plugins.Domain.Text;

namespace CxJourney.Plugins.Tests.Domain.Text;

public class SubjectSummarizerTests
{
    [Fact]
    public void Short_subject_has_whitespace_collapsed_and_is_otherwise_kept()
    {
        Assert.Equal("RE: Order 12345678 late", SubjectSummarizer.Summarize("  RE:\tOrder 12345678\r\n  late  "));
    }

    [Fact]
    public void Empty_subject_stays_empty()
    {
        Assert.Equal("", SubjectSummarizer.Summarize(null));
        Assert.Equal("", SubjectSummarizer.Summarize(" \n\t "));
    }

    [Fact]
    public void Long_subject_is_cut_at_a_word_boundary_with_an_ellipsis()
    {
        var subject = string.Join(" ", Enumerable.Repeat("delivery", 40)); // 359 characters
        var summary = SubjectSummarizer.Summarize(subject);
        Assert.True(summary.Length <= 200);
        Assert.EndsWith("delivery…", summary);
        Assert.DoesNotContain("  ", summary);
        Assert.Equal(subject.Substring(0, summary.Length - 1), summary.Substring(0, summary.Length - 1));
    }

    [Fact]
    public void Exactly_the_limit_is_not_cut()
    {
        var subject = new string('a', 200);
        Assert.Equal(subject, SubjectSummarizer.Summarize(subject));
        Assert.Equal(200, SubjectSummarizer.Summarize(new string('a', 250)).Length); // one giant word is cut hard
    }

    [Fact]
    public void Cut_never_splits_a_surrogate_pair()
    {
        var subject = new string('a', 198) + "\U0001F600\U0001F600";
        var summary = SubjectSummarizer.Summarize(subject);
        Assert.False(char.IsHighSurrogate(summary[summary.Length - 2]));
    }

    [Fact]
    public void Personal_data_in_the_subject_is_masked()
    {
        var summary = SubjectSummarizer.Summarize("Call back jane.doe@example.com on +44 20 7946 0958 re card 4111 1111 1111 1111");
        Assert.Equal("Call back [email] on [phone] re card [card]", summary);
    }
}

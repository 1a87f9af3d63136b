using System;
using System.Linq;
using CxJourney.Plugins.Domain.Scoring;

namespace CxJourney.Plugins.Tests.Domain.Scoring;

/// <summary>The health ledger on its own: keyed entries, the stored text, and what does not parse.</summary>
public class JourneyHealthLedgerTests
{
    private static readonly DateTime Now = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid CaseA = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid CaseB = new("00000000-0000-0000-0000-00000000000b");

    private static JourneyHealthLedger Sample() => JourneyHealthLedger.Empty
        .WithCase(CaseA, new ScoredCaseEntry(CaseA, Now.AddDays(-30).AddTicks(7), 80))
        .WithCase(CaseB, new ScoredCaseEntry(CaseB, Now.AddDays(-2), 35))
        .WithCaseAnswers(CaseA, new[] { new FeedbackEntry(Guid.NewGuid(), CaseA, Now.AddDays(-29), 5, null, 9) })
        .WithAnswer(new FeedbackEntry(Guid.NewGuid(), null, Now.AddDays(-1), null, 6, null));

    [Fact]
    public void The_stored_text_reads_back_to_the_same_ledger_and_health()
    {
        var ledger = Sample();
        var text = ledger.Serialize();
        var back = JourneyHealthLedger.Parse(text) ?? throw new Xunit.Sdk.XunitException("did not parse: " + text);
        Assert.Equal(text, back.Serialize());
        Assert.Equal(ledger.Cases, back.Cases);
        Assert.Equal(ledger.Answers, back.Answers);
        Assert.Equal(ledger.Summarize(JourneyHealthSettings.Default, Now), back.Summarize(JourneyHealthSettings.Default, Now));
    }

    [Fact]
    public void The_same_rows_in_any_order_give_the_same_text_and_health()
    {
        var ledger = Sample();
        var reversed = JourneyHealthLedger.From(ledger.Cases.Reverse(), ledger.Answers.Reverse());
        Assert.Equal(ledger.Serialize(), reversed.Serialize());
        Assert.Equal(ledger.Summarize(JourneyHealthSettings.Default, Now), reversed.Summarize(JourneyHealthSettings.Default, Now));
    }

    [Fact]
    public void A_case_event_replaces_its_entries_and_never_adds_a_second()
    {
        var ledger = Sample().WithCase(CaseA, new ScoredCaseEntry(CaseA, Now, 10)).WithCaseAnswers(CaseA, Array.Empty<FeedbackEntry>());
        Assert.Equal(2, ledger.Cases.Count);
        Assert.Equal(10, ledger.Cases.Single(c => c.CaseId == CaseA).Composite);
        Assert.DoesNotContain(ledger.Answers, a => a.CaseId == CaseA);
        Assert.Single(ledger.Answers);
        // A score that no longer counts takes the case out.
        Assert.Single(ledger.WithCase(CaseB, null).Cases);
    }

    [Fact]
    public void Health_summarizes_cases_answers_without_a_case_and_the_latest_answers()
    {
        var result = Sample().Summarize(JourneyHealthSettings.Default with { NeutralWeight = 0 }, Now);
        // Experiences: the two cases and the answer about no case (CES 6 → (7 − 6) / 6 × 100); the case's answer counts through its composite.
        double W(double days) => Math.Pow(0.5, days / 90);
        var a = W((Now - Now.AddDays(-30).AddTicks(7)).TotalDays);
        var expected = (a * 80 + W(2) * 35 + W(1) * (100.0 / 6)) / (a + W(2) + W(1));
        Assert.Equal((int)Math.Round(expected, MidpointRounding.AwayFromZero), result.Health.Score);
        Assert.Equal(3, result.Health.ExperienceCount);
        Assert.Equal(2, result.ScoredCases);
        Assert.Equal((5, 6, 9), (result.LatestCsat!.Value, result.LatestCes!.Value, result.LatestNps!.Value));
        Assert.Equal(NpsCategory.Promoter, result.Health.NpsCategory);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cxledger\t1\t10\n")]
    [InlineData("{\"v\":2,\"cases\":[],\"answers\":[]}")]
    [InlineData("{\"v\":1,\"cases\":[]}")]
    [InlineData("{\"v\":1,\"cases\":[[\"00000000-0000-0000-0000-00000000000a\",1]],\"answers\":[]}")]
    [InlineData("{\"v\":1,\"cases\":[[\"00000000-0000-0000-0000-00000000000a\",1,101]],\"answers\":[]}")]
    [InlineData("{\"v\":1,\"cases\":[[\"nope\",1,50]],\"answers\":[]}")]
    [InlineData("{\"v\":1,\"cases\":[[\"00000000-0000-0000-0000-00000000000a\",99999999999999999999,50]],\"answers\":[]}")]
    [InlineData("{\"v\":1,\"cases\":[],\"answers\":[[\"00000000-0000-0000-0000-00000000000a\",null,1,6,null,null]]}")]
    [InlineData("{\"v\":1,\"cases\":[],\"answers\":[[\"00000000-0000-0000-0000-00000000000a\",null,1,5,null,")]
    public void Text_that_is_not_a_ledger_reads_as_none(string? text) => Assert.Null(JourneyHealthLedger.Parse(text));
}

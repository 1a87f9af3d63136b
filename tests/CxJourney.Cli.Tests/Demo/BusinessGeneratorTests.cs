using System;
using System.Linq;
using CxJourney.Cli.Demo;
using CxJourney.Plugins.Model;

namespace CxJourney.Cli.Tests.Demo;

/// <summary>The generated business on its own, before any replay: deterministic, in time order, and as varied as the issue asks.</summary>
public sealed class BusinessGeneratorTests
{
    private static readonly DemoBusiness Business = BusinessGenerator.Generate(300, 365, 11);

    [Fact]
    public void The_same_parameters_give_the_same_business()
    {
        var again = BusinessGenerator.Generate(300, 365, 11);
        Assert.Equal(Business.Customers, again.Customers);
        Assert.Equal(Business.Accounts, again.Accounts);
        Assert.Equal(Business.Events, again.Events);
    }

    [Fact]
    public void Another_seed_gives_another_business()
    {
        var other = BusinessGenerator.Generate(300, 365, 12);
        Assert.NotEqual(Business.Customers.Select(c => c.LastName), other.Customers.Select(c => c.LastName));
    }

    [Fact]
    public void Events_are_in_time_order_inside_the_period()
    {
        Assert.Equal(Business.Start.AddDays(365), Business.End);
        Assert.All(Business.Events, e => Assert.InRange(e.At, Business.Start, Business.End.AddTicks(-1)));
        for (int i = 1; i < Business.Events.Count; i++)
        {
            var (before, after) = (Business.Events[i - 1], Business.Events[i]);
            Assert.True(before.At < after.At || (before.At == after.At && before.Sequence < after.Sequence), $"event {i} is out of order");
        }
    }

    [Fact]
    public void Customers_come_in_three_segments_and_some_opt_out_of_calls_or_email_never_both()
    {
        var segments = Business.Customers.GroupBy(c => c.Segment).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(segments[Choices.Segment.Retail] > segments[Choices.Segment.SmallBusiness]);
        Assert.True(segments[Choices.Segment.SmallBusiness] > segments[Choices.Segment.Enterprise]);
        Assert.True(segments[Choices.Segment.Enterprise] > 0);
        Assert.InRange(Business.Customers.Count(c => c.DoNotPhone), 5, 60);
        Assert.InRange(Business.Customers.Count(c => c.DoNotEmail), 5, 60);
        Assert.DoesNotContain(Business.Customers, c => c.DoNotPhone && c.DoNotEmail);
        Assert.All(Business.Customers.Where(c => c.Segment != Choices.Segment.Retail), c => Assert.NotNull(c.Account));
    }

    [Fact]
    public void Nobody_is_emailed_or_called_against_their_wishes()
    {
        var customers = Business.Customers;
        Assert.DoesNotContain(Business.Events.OfType<EmailSent>(), e => customers[e.Customer].DoNotEmail);
        Assert.DoesNotContain(Business.Events.OfType<CallMade>(), e => customers[e.Customer].DoNotPhone);
    }

    [Fact]
    public void Cases_follow_varied_patterns_and_a_minority_get_an_answer()
    {
        var opened = Business.Events.OfType<CaseOpened>().ToList();
        int resolvedCases = Business.Events.OfType<CaseResolved>().Select(e => e.Case).Distinct().Count();
        Assert.True(opened.Count > 100);
        Assert.Contains(Business.Events, e => e is CaseTransferred);
        Assert.Contains(Business.Events, e => e is CaseReopened);
        Assert.Contains(Business.Events, e => e is CaseCancelled);
        Assert.True(resolvedCases < opened.Count, "every case was resolved: none is still open at the end");
        Assert.Contains(opened, c => c.ResolveBy is not null);
        Assert.Contains(opened, c => c.ResolveBy is null);
        Assert.Equal(3, opened.Select(c => c.Origin).Distinct().Count());

        var answers = Business.Events.OfType<FeedbackGiven>().ToList();
        int answeredCases = answers.Where(a => a.Case is not null).Select(a => a.Case).Distinct().Count();
        Assert.InRange(answeredCases, resolvedCases / 10, resolvedCases / 2);
        Assert.Contains(answers, a => a.Customer is null && a.Channel == Choices.Channel.Kiosk && a.Location is not null);
        Assert.Equal(answers.Count, answers.Select(a => a.Reference).Distinct().Count());
    }
}

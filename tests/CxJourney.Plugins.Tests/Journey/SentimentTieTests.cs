using System;
using System.Linq;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Capture;

namespace CxJourney.Plugins.Tests.Journey;

public class SentimentTieTests
{
    [Fact]
    public void Messages_at_one_instant_across_the_trend_window_pick_the_same_ones_as_the_domain()
    {
        // 14 scored messages, 12 of them at the same second: which ten form the trend windows is decided by key,
        // as the domain decides it, not by the order the database returns ties in.
        var w = new CaptureWorld();
        var ada = w.Contact("Ada", "Lovelace");
        string[] moods = { "great", "awful", "fine", "terrible", "excellent", "bad", "lovely", "horrible", "good", "poor", "wonderful", "angry" };
        var early = w.Now.AddDays(-1);
        for (var i = 0; i < 2; i++)
        {
            var row = w.InboundEmailRow(CaptureWorld.Contacts(ada), i == 0 ? "Awful start" : "Happy now");
            row[JourneyWorld.OverriddenCreatedOn] = early.AddMinutes(i);
            w.Service.Create(row);
        }
        foreach (var mood in moods) w.InboundEmail(ada, $"Feeling {mood} today");
        w.Drain();

        var expected = w.AssertMatchesDomain(ada);
        Assert.Equal(10, expected.SentimentTrend.RecentCount + expected.SentimentTrend.PreviousCount);
        Assert.NotNull(w.JourneyOf(ada).GetAttributeValue<double?>(JourneyColumns.SentimentTrend));
    }
}

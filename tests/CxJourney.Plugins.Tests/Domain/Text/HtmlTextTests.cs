using CxJourney.Plugins.Domain.Text;

namespace CxJourney.Plugins.Tests.Domain.Text;

public class HtmlTextTests
{
    [Fact]
    public void Strips_tags_invisible_blocks_and_decodes_entities()
    {
        var html = "<html><head><title>t</title><style>p{}</style></head><body><p>Fish &amp; chips</p><script>alert(1)</script>" +
                   "<div>caf&eacute;&nbsp;&#8364;5<br/>next</div><!-- hidden --></body></html>";
        var text = HtmlText.ToPlainText(html);
        Assert.Contains("Fish & chips", text);
        Assert.Contains("café €5", text);
        Assert.Contains("\nnext", text);
        Assert.DoesNotContain("alert", text);
        Assert.DoesNotContain("hidden", text);
        Assert.DoesNotContain("<", text);
    }

    [Fact]
    public void Plain_text_with_angle_brackets_survives()
    {
        Assert.Equal("price < 5 and 3 > 2", HtmlText.ToPlainText("price < 5 and 3 > 2"));
    }

    [Fact]
    public void Latest_message_drops_quoted_history()
    {
        var body = "Sounds good.\n\n-----Original Message-----\nFrom: Support\nThis is awful";
        Assert.Equal("Sounds good.", EmailText.LatestMessage(body));
        Assert.Equal("New text", EmailText.LatestMessage("New text\n> old quoted\n> more"));
        Assert.Equal("Reply", EmailText.LatestMessage("Reply\n\nFrom: A <a@b.c>\nSent: Monday\nTo: B\n\nOld text"));
        Assert.Equal("Thanks\nFrom: the whole team", EmailText.LatestMessage("Thanks\nFrom: the whole team"));
        // Nothing but a forward header: keep everything rather than nothing.
        Assert.StartsWith("On Mon", EmailText.LatestMessage("On Mon, 1 Jan 2025, A wrote:"));
    }
}

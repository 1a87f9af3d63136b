using System.Text;
using CxJourney.Plugins.Domain.Sentiment;
using CxJourney.Plugins.Domain.Text;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// The text columns of a touchpoint: its name ("Inbound email created: Where is my order?"), its subject
/// summary (masked and shortened: it is personal data kept on the journey) and its sentiment, scored from
/// subject and body at capture time so the body itself is never copied.
/// </summary>
public static class TouchpointText
{
    public const int MaxLength = 200;

    /// <param name="status">Choices.TouchpointStatus: a planned or cancelled moment says so in its name.</param>
    public static string Name(int channel, int direction, int kind, string? subject, int status = Choices.TouchpointStatus.Happened)
    {
        var sb = new StringBuilder();
        if (direction == Choices.Direction.Inbound) sb.Append("Inbound ");
        else if (direction == Choices.Direction.Outbound) sb.Append("Outbound ");
        sb.Append(ChannelWord(channel));
        var word = KindWord(channel, kind);
        if (word.Length > 0) sb.Append(' ').Append(word);
        if (status == Choices.TouchpointStatus.Planned) sb.Append(" (planned)");
        else if (status == Choices.TouchpointStatus.Cancelled) sb.Append(" (cancelled)");
        var summary = Summary(subject);
        if (summary is not null) sb.Append(": ").Append(summary);
        var text = sb.ToString();
        return SubjectSummarizer.Summarize(char.ToUpperInvariant(text[0]) + text.Substring(1), MaxLength);
    }

    /// <summary>The subject masked and shortened to 200 characters; null when there is none.</summary>
    public static string? Summary(string? subject)
    {
        var summary = SubjectSummarizer.Summarize(subject, MaxLength);
        return summary.Length == 0 ? null : summary;
    }

    /// <summary>Sentiment of subject and body, -1..1; null when both are empty.</summary>
    public static double? Sentiment(string? subject, string? body)
    {
        if (IsBlank(subject) && IsBlank(HtmlText.ToPlainText(body))) return null;
        return SentimentScorer.Default.Analyze(subject, body).Score;
    }

    private static bool IsBlank(string? text) => text is null || text.Trim().Length == 0;

    private static string ChannelWord(int channel)
    {
        switch (channel)
        {
            case Choices.Channel.Email: return "email";
            case Choices.Channel.Phone: return "phone call";
            case Choices.Channel.Appointment: return "appointment";
            case Choices.Channel.Task: return "task";
            case Choices.Channel.Letter: return "letter";
            case Choices.Channel.Case: return "case";
            case Choices.Channel.Survey: return "survey";
            case Choices.Channel.Web: return "web feedback";
            case Choices.Channel.Kiosk: return "kiosk feedback";
            case Choices.Channel.Order: return "order";
            case Choices.Channel.Invoice: return "invoice";
            case Choices.Channel.Opportunity: return "opportunity";
            default: return "touchpoint";
        }
    }

    private static string KindWord(int channel, int kind)
    {
        // The moments activities make (ActivityCapture): a message received or sent, a call, a meeting booked or held.
        if (channel == Choices.Channel.Email || channel == Choices.Channel.Letter)
        {
            if (kind == Choices.TouchpointKind.Created) return "received";
            if (kind == Choices.TouchpointKind.Completed) return "sent";
        }
        if (channel == Choices.Channel.Phone && (kind == Choices.TouchpointKind.Created || kind == Choices.TouchpointKind.Completed)) return "";
        if (channel == Choices.Channel.Appointment)
        {
            if (kind == Choices.TouchpointKind.Created) return "booked";
            if (kind == Choices.TouchpointKind.Completed) return "held";
        }
        switch (kind)
        {
            case Choices.TouchpointKind.Created: return "created";
            case Choices.TouchpointKind.Completed: return "completed";
            case Choices.TouchpointKind.Resolved: return "resolved";
            case Choices.TouchpointKind.Reopened: return "reopened";
            case Choices.TouchpointKind.Cancelled: return "cancelled";
            case Choices.TouchpointKind.Responded: return "reply";
            case Choices.TouchpointKind.Purchased: return channel == Choices.Channel.Invoice ? "issued" : "placed";
            case Choices.TouchpointKind.Won: return "won";
            case Choices.TouchpointKind.Lost: return "lost";
            case Choices.TouchpointKind.Answered: return "answered";
            case Choices.TouchpointKind.Referred: return "referral";
            default: return "event";
        }
    }
}

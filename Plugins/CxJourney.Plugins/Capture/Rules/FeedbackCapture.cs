using System;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// The touchpoint a survey answer makes: inbound (the customer answered), kind Answered, on the channel the
/// answer came through (Survey when it does not say), carrying its NPS and CSAT and the sentiment of its
/// comment. An anonymous answer (no contact, e.g. an in-store kiosk) belongs to no journey: no touchpoint.
/// </summary>
public static class FeedbackCapture
{
    public static CapturePlan Plan(FeedbackSnapshot f, DateTime operationTime)
    {
        if (f == null) throw new ArgumentNullException(nameof(f));
        var channel = f.Channel.HasValue && JourneyColumnsKnow(f.Channel.Value) ? f.Channel.Value : Choices.Channel.Survey;
        const int kind = Choices.TouchpointKind.Answered;
        var draft = new TouchpointDraft(Tables.Feedback, f.Id, SourceKeys.ForRecord(f.Id), channel, Choices.Direction.Inbound, kind,
            f.AnsweredOn ?? f.CreatedOn ?? operationTime, TouchpointText.Name(channel, Choices.Direction.Internal, kind, f.Name))
        {
            SubjectSummary = TouchpointText.Summary(f.Name),
            Sentiment = TouchpointText.Sentiment(null, f.Comment),
            ThreadKey = f.Case.HasValue ? ThreadKeys.ForCase(f.Case.Value) : null,
            CaseId = f.Case,
            Nps = f.Nps,
            Csat = f.Csat,
        };
        var contacts = f.Contact.HasValue
            ? ContactLookup.Found(new[] { f.Contact.Value }, "feedback contact")
            : ContactLookup.Nobody(new[] { "anonymous answer: no contact" });
        return new CapturePlan(draft, contacts);
    }

    private static bool JourneyColumnsKnow(int channel) => JourneyColumns.CountColumnFor(channel) is not null;
}

using System;
using System.Collections.Generic;

namespace CxJourney.Cli.Demo;

/// <summary>
/// What people write in the generated business: case topics, and messages in a neutral, upset,
/// angry or pleased tone, so the plug-ins' sentiment scoring has something real to read.
/// </summary>
internal static class DemoTexts
{
    public sealed record Topic(string Title, string Detail);

    public enum Tone { Pleased, Neutral, Upset, Angry }

    public static readonly IReadOnlyList<Topic> CaseTopics =
    [
        new("Order arrived damaged", "the parcel arrived today and the item inside is damaged"),
        new("Invoice shows the wrong amount", "my last invoice shows a higher amount than the quote we agreed"),
        new("Cannot sign in to the customer portal", "I cannot sign in to the portal since the password reset"),
        new("Delivery is late", "my delivery was due three days ago and the tracking has not moved"),
        new("Refund not received", "I returned the item two weeks ago and the refund has not arrived"),
        new("Device stopped working", "the device stopped working after the latest update"),
        new("Question about the warranty", "I would like to know whether the warranty covers a replacement battery"),
        new("Change of delivery address", "we moved and the next deliveries should go to our new address"),
        new("Charged twice for one order", "my card was charged twice for the same order"),
        new("Item missing from the order", "one of the items listed on the packing slip was not in the box"),
        new("Help setting up the new service", "we need help configuring the service for our team"),
        new("Subscription renewal question", "I would like to understand the renewal terms before the contract ends"),
    ];

    public static readonly IReadOnlyList<string> Regions = ["Northeast", "Southeast", "Midwest", "Southwest", "West"];

    public static readonly IReadOnlyDictionary<string, string[]> Cities = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Northeast"] = ["Boston", "Philadelphia", "Hartford"],
        ["Southeast"] = ["Atlanta", "Charlotte", "Miami"],
        ["Midwest"] = ["Chicago", "Columbus", "Minneapolis"],
        ["Southwest"] = ["Phoenix", "Dallas", "Albuquerque"],
        ["West"] = ["Seattle", "Denver", "San Diego"],
    };

    public static readonly IReadOnlyList<string> Stores = ["Store 12 Boston", "Store 31 Chicago", "Store 47 Dallas", "Store 58 Seattle"];

    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia", "Mateo", "Amelia",
        "Benjamin", "Harper", "Leo", "Evelyn", "Henry", "Aria", "Ethan", "Chloe", "Daniel", "Nora", "Samuel", "Grace",
        "Priya", "Arjun", "Mei", "Hiroshi", "Fatima", "Omar", "Ingrid", "Lars", "Zofia", "Tomasz", "Aisha", "Kwame",
    ];

    public static readonly IReadOnlyList<string> LastNames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
        "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
        "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "Nguyen", "Patel", "Kim", "Chen", "Novak", "Okafor",
    ];

    public static readonly IReadOnlyList<string> CompanyWords =
    [
        "Northwind", "Contoso", "Fabrikam", "Tailspin", "Alpine", "Blue Yonder", "Coho", "Litware", "Proseware", "Wingtip",
        "Adventure Works", "Woodgrove", "Lucerne", "Margie's", "Trey", "Humongous", "Wide World", "Graphic Design",
    ];

    public static readonly IReadOnlyList<string> CompanySuffixes = ["Traders", "Logistics", "Studio", "Partners", "Foods", "Systems", "Retail", "Labs"];

    public static readonly IReadOnlyList<string> Products =
    [
        "Espresso machine", "Office chairs", "Laptop bundle", "Printer toner", "Standing desk", "Headset pack",
        "Coffee beans subscription", "Monitor arms", "Network switch", "Software licences",
    ];

    public static string FirstMessage(Topic topic, Tone tone, string name) => tone switch
    {
        Tone.Pleased => $"Hi, thanks for the great service so far. One question: {topic.Detail}. Thank you! {name}",
        Tone.Neutral => $"Hello, {topic.Detail}. Could you please look into it? Regards, {name}",
        Tone.Upset => $"Hello, {topic.Detail}. This is frustrating and I am disappointed. Please sort it out. {name}",
        _ => $"This is unacceptable. {Capitalize(topic.Detail)} and nobody answers. I am fed up and will go elsewhere if this is not fixed today. {name}",
    };

    public static string Chase(Topic topic, Tone tone) => tone == Tone.Angry
        ? $"Still no response about this: {topic.Title.ToLowerInvariant()}. This is unacceptable, how many times do I have to ask?"
        : $"Any update on this? {Capitalize(topic.Detail)} and I am still waiting. A bit frustrating.";

    public static string Reopen(Topic topic) =>
        $"The problem is back: {topic.Title.ToLowerInvariant()}. It is still not fixed and I am very disappointed.";

    public static string Acknowledge(Topic topic, string agent) =>
        $"Thank you for contacting us about this ({topic.Title.ToLowerInvariant()}). I am looking into it and will update you shortly. {agent}";

    public static string Resolution(Topic topic, string agent) =>
        $"Good news: we have fixed it ({topic.Title.ToLowerInvariant()}). Please let us know if anything else comes up. Kind regards, {agent}";

    public static string? SurveyComment(int csat, Random random) => csat switch
    {
        5 => Pick(random, "Excellent service, quick and friendly. Thank you!", "Great support, the problem was solved fast.", null),
        4 => Pick(random, "Good service, resolved well.", "Helpful agent, thanks.", null),
        3 => Pick(random, "It was okay but took a bit long.", null),
        2 => Pick(random, "Disappointed: it took too long and I had to chase.", "Slow and unhelpful, I had to explain everything twice."),
        _ => Pick(random, "Terrible experience. Nobody answered and the problem came back. Unacceptable.", "Awful service, still not fixed."),
    };

    public static readonly IReadOnlyList<(string Subject, string Body)> Newsletters =
    [
        ("Thank you for your order", "Thank you for shopping with us. Your order is on its way and we hope you enjoy it."),
        ("New features in your account", "We have added new features to your account: faster checkout and order tracking."),
        ("Your seasonal offers", "Here are this season's offers selected for you."),
        ("How are you getting on?", "We hope everything is going well. Reply to this email if we can help with anything."),
    ];

    public static readonly IReadOnlyList<string> CheckInCalls = ["Account check-in", "Renewal conversation", "Onboarding call", "Quarterly business review follow-up"];

    public static readonly IReadOnlyList<string> Meetings = ["Quarterly business review", "Product demo", "Contract renewal meeting", "Onboarding workshop"];

    public static T Pick<T>(Random random, params T[] options) => options[random.Next(options.Length)];

    public static T Pick<T>(Random random, IReadOnlyList<T> options) => options[random.Next(options.Count)];

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

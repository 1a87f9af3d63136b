using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace CxJourney.Plugins.Domain.Sentiment;

/// <summary>
/// The CxJourney customer-service lexicon: valences on our own scale of -4 (worst) to +4 (best) for words
/// and short phrases that carry feeling in service emails, calls and survey comments.
/// Origin: written for this project by its team from the vocabulary of complaint, chase-up and thank-you
/// messages; it is not derived from VADER, AFINN, SentiWordNet or any other published list, and its weights
/// are our own judgement of how strongly each term signals a customer's state in a service context
/// (so "refund", "cancel" and "still waiting" are negative here although neutral in general English).
/// Words are lower-case; phrases are lower-case words separated by single spaces (hyphens split words,
/// so "rip-off" matches "rip off"). Inflected forms are listed explicitly rather than stemmed, which keeps
/// matching predictable. Every table is built once, never modified afterwards, and only read: safe to
/// share between threads.
/// </summary>
public static class SentimentLexicon
{
    /// <summary>Term → valence in -4..+4.</summary>
    public static IReadOnlyDictionary<string, double> Terms { get; } = new ReadOnlyDictionary<string, double>(BuildTerms());

    /// <summary>Words that flip and damp the sentiment of the next few terms in the same clause.</summary>
    public static IReadOnlyDictionary<string, bool> Negators { get; } = new ReadOnlyDictionary<string, bool>(BuildNegators());

    /// <summary>Intensifiers (factor above 1) and diminishers (below 1) applied to a following term.</summary>
    public static IReadOnlyDictionary<string, double> Modifiers { get; } = new ReadOnlyDictionary<string, double>(BuildModifiers());

    private static Dictionary<string, double> BuildTerms()
    {
        var d = new Dictionary<string, double>(StringComparer.Ordinal);

        // Outrage and accusations.
        Add(d, -3.5, "unacceptable", "appalling", "disgraceful", "disgusting", "disgusted", "outrageous", "outraged",
            "atrocious", "abysmal", "horrendous", "furious", "livid", "worst", "scam", "scammed", "fraud", "fraudulent",
            "shameful", "not acceptable", "never again", "last straw", "rip off", "ripped off", "legal action",
            "sick and tired");
        Add(d, -3.0, "terrible", "terribly", "awful", "horrible", "dreadful", "pathetic", "ridiculous", "useless",
            "incompetent", "incompetence", "nightmare", "hate", "hated", "hates", "shocking", "shocked", "cheated",
            "lawsuit", "lawyer", "solicitor", "ombudsman", "fed up", "sick of", "waste of time", "waste of money",
            "still no response", "still no reply", "still no answer", "still not fixed", "still not resolved",
            "how many times", "lied", "lies", "lying", "liars", "robbery", "extortionate");

        // Anger, frustration, disappointment.
        Add(d, -2.5, "angry", "angrier", "anger", "frustrated", "frustrating", "frustration", "disappointed",
            "disappointing", "disappointment", "unhappy", "dissatisfied", "unsatisfied", "upset", "annoyed",
            "annoying", "infuriating", "irritated", "irritating", "rude", "rudely", "unhelpful", "unprofessional",
            "misleading", "misled", "ignored", "ignoring", "broken", "faulty", "defective", "still waiting",
            "no response", "no reply", "no answer", "no reply yet", "no callback", "not working", "isn't working", "isnt working", "aren't working", "wasn't working", "doesn't work",
            "does not work", "doesnt work", "didn't work", "didnt work", "did not work", "stopped working", "let down", "let me down",
            "not good enough", "chargeback", "overcharged", "double charged", "charged twice", "poor", "poorly",
            "bad", "worse", "failure", "complaint", "complaints", "kept waiting", "unbelievable", "joke", "mess",
            "messed up", "cancel my", "close my account", "chasing", "chased");
        Add(d, -2.0, "failed", "fails", "failing", "wrong", "damaged", "unresolved", "unfair", "unfairly",
            "hassle", "stress", "stressful", "stressed", "unreliable", "overpriced", "refuse", "refused", "refusing",
            "complain", "complained", "complaining", "escalate", "escalated", "escalation", "excuses", "crash",
            "crashes", "crashed", "outage", "shame", "embarrassing", "embarrassed", "regret", "regrettable",
            "worried", "threaten", "threatened", "switching provider", "switch provider", "go elsewhere",
            "going elsewhere", "on hold", "third time", "yet again", "again and again", "over and over",
            "no one", "no help", "no idea", "no update", "no updates", "careless",
            "sloppy", "inadequate", "negligent", "negligence", "nonsense", "rubbish", "mistreated", "disrespectful");
        Add(d, -1.5, "problem", "problems", "error", "errors", "mistake", "mistakes", "delay", "delayed",
            "delays", "late", "slow", "slowly", "missing", "lost", "confused", "confusing", "concerned", "denied",
            "reject", "rejected", "impossible", "inconvenience", "inconvenient", "cancel", "cancellation",
            "terminate", "refund", "refunds", "bug", "bugs", "glitch", "excuse", "demand", "demanding", "chase",
            "second time", "once again", "waited", "overdue", "unanswered", "incorrect", "incorrectly", "broke",
            "breaks", "nobody called", "nobody replied", "invalid", "declined", "trouble", "struggling",
            "struggle", "difficulty", "difficulties", "disconnected", "cut off", "urgent", "urgently",
            "unfortunately", "sadly", "sad", "afraid", "anxious", "doubt", "doubtful", "expensive", "return it",
            "send it back", "wasted", "ripoff", "worry");
        Add(d, -1.0, "issue", "issues", "concern", "concerns", "unclear", "difficult", "cancelled", "canceled",
            "disconnect", "warning", "insist", "insisted", "complicated", "waiting", "sorry", "apologies",
            "apologise", "apologize", "strange", "weird", "odd", "random", "repeatedly",
            "questionable", "surprised", "bothered", "pushy", "spam", "unsubscribe", "tired", "disappoint");
        Add(d, -0.5, "asap", "reminder", "chasing up", "follow up on my");

        // Gratitude, praise and satisfaction.
        Add(d, 3.5, "excellent", "outstanding", "exceptional", "amazing", "amazingly", "fantastic", "superb",
            "wonderful", "brilliant", "perfect", "perfectly", "flawless", "above and beyond", "delighted", "thrilled",
            "love", "loved", "loving", "best", "thank you so much", "thanks so much", "thank you very much",
            "thanks very much", "thank you very very much", "extremely grateful", "went the extra mile",
            "extra mile", "highly recommend", "life saver", "lifesaver");
        Add(d, 3.0, "happy", "great", "awesome", "terrific", "impressed", "impressive", "grateful", "appreciate",
            "appreciated", "appreciates", "many thanks", "thanks a lot", "thanks a million", "well done",
            "recommended", "recommending", "pleased", "marvellous", "marvelous", "stellar",
            "exceeded", "exceeds", "exceed my expectations", "first class", "top notch", "five stars", "5 stars",
            "hero", "legend", "superb service", "gem");
        Add(d, 2.0, "thank", "thanks");
        Add(d, 2.5, "recommend", "thankful", "thank you", "helpful", "friendly", "resolved", "fixed",
            "solved", "sorted out", "problem solved", "efficient", "efficiently", "professional", "professionally",
            "responsive", "prompt", "promptly", "seamless", "seamlessly", "satisfied", "glad", "congratulations",
            "congrats", "excited", "enjoyed", "enjoying", "nice", "lovely", "kind", "kindness", "pleasure",
            "pleasant", "beautiful", "beautifully", "fabulous", "superb job", "good job", "great job", "smooth",
            "smoothly", "knowledgeable", "courteous", "patient", "patience", "caring", "reassured", "relieved",
            "works perfectly", "works great", "works fine now", "up and running", "cheers");
        Add(d, 2.0, "good", "quick", "quickly", "fast", "speedy", "easy", "easily", "reliable", "polite",
            "helped", "sorted", "success", "successful", "successfully", "enjoy", "exciting", "liked",
            "likes", "recommendation", "worth it", "satisfaction", "loyal", "trust", "trusted",
            "confident", "comfortable", "clearly explained", "supportive", "attentive",
            "accommodating", "generous", "fair", "reasonable", "convenient", "improved", "improvement", "welcome",
            "looking forward", "look forward", "fixed it", "no problem", "no problems", "no worries", "no issues",
            "no complaints", "keep it up", "handy", "useful", "valuable", "positive", "wow");
        Add(d, 1.5, "thx", "ty", "works", "worked", "working again", "on time", "as promised",
            "as expected", "accurate", "simple", "straightforward", "informative", "quality", "benefit",
            "benefits", "advantage", "interested", "interesting", "keen", "yes please",
            "calm", "safe", "secure", "fixes",
            "happily", "gladly", "upgrade", "upgraded", "bonus", "discount", "perks");
        Add(d, 1.0, "fine", "clear", "resolve", "solution", "resolution", "answered", "replied", "responded", "ok", "okay", "alright", "acceptable", "decent", "adequate", "thanked",
            "agreed", "agree", "correct", "correctly", "better", "certainly", "of course",
            "glad to", "happy to", "pleased to", "renew", "renewed", "renewal", "again soon");

        // Formulas that contain a sentiment word but say nothing about the customer's state: matched as a whole
        // so the word inside them does not count ("Kind regards" is not praise, "Best wishes" not delight).
        Add(d, 0.0, "kind regards", "best regards", "warm regards", "kindest regards", "best wishes",
            "all the best", "thanks in advance", "thank you in advance", "sorry to bother you", "happy to help",
            "at your best convenience", "for your convenience", "good morning",
            "good afternoon", "good evening", "good day", "fine print", "pretty much", "as well as");
        return d;
    }

    private static Dictionary<string, bool> BuildNegators()
    {
        var d = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var w in new[]
        {
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "hardly",
            "barely", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't",
            "can't", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "mustn't", "needn't",
            "isnt", "arent", "wasnt", "werent", "dont", "doesnt", "didnt", "wouldnt", "cant", "couldnt",
            "shouldnt", "havent", "hasnt", "hadnt", "lack", "lacking", "lacks",
        })
        {
            d[w] = true;
        }
        return d;
    }

    private static Dictionary<string, double> BuildModifiers()
    {
        var d = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(d, 1.5, "extremely", "incredibly", "utterly", "absolutely", "exceptionally", "immensely", "hugely",
            "massively", "insanely", "beyond");
        Add(d, 1.4, "deeply", "seriously", "thoroughly", "truly", "highly", "majorly", "really really");
        Add(d, 1.3, "very", "so", "totally", "completely", "entirely", "super", "especially", "particularly",
            "genuinely", "such", "most", "bloody", "damn", "too");
        Add(d, 1.25, "really", "much", "quite", "pretty", "even");
        Add(d, 0.85, "fairly", "reasonably", "moderately", "mostly");
        Add(d, 0.75, "somewhat", "kind of", "sort of", "kinda", "sorta", "partly", "partially", "a little",
            "rather", "a tad");
        Add(d, 0.6, "slightly", "a bit", "a little bit", "mildly", "marginally", "a touch", "occasionally");
        return d;
    }

    private static void Add(Dictionary<string, double> d, double weight, params string[] terms)
    {
        foreach (var t in terms)
        {
            if (d.ContainsKey(t))
                throw new InvalidOperationException($"Sentiment term '{t}' is listed twice.");
            d.Add(t, weight);
        }
    }
}

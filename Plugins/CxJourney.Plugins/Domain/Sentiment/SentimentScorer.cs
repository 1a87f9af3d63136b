using System;
using System.Collections.Generic;
using CxJourney.Plugins.Domain.Text;

namespace CxJourney.Plugins.Domain.Sentiment;

/// <summary>
/// Scores the feeling of a customer's text (email subject and body, call notes, survey comment) from -1 to +1
/// with the <see cref="SentimentLexicon"/>. Deterministic: same text, same score, on every target framework.
/// <para>How a score is made:</para>
/// <list type="number">
/// <item>Each input is cut to <see cref="MaxInputLength"/> characters; HTML is reduced to text (<see cref="HtmlText"/>) and quoted reply history dropped (<see cref="EmailText"/>).</item>
/// <item>The text is split into lower-case words, clauses and sentences (<c>SentimentTokenizer</c>).</item>
/// <item>Within a clause, the longest lexicon entry starting at each word wins ("still no response" over "no response").</item>
/// <item>Each matched term's valence v (-4..+4) is adjusted:
///   intensifiers/diminishers directly before it multiply it ("very" 1.3, "extremely" 1.5, "slightly" 0.6, "a bit" 0.6);
///   a negator up to <see cref="NegationWindow"/> words earlier in the same clause flips and damps it
///   (×-0.6 for a positive term, so "not happy" is clearly negative; ×-0.4 for a negative term, so "not bad" is
///   mildly positive), and under negation an intensifier softens instead ("not very happy" is milder than "not happy");
///   a term written in capitals within mixed-case text counts ×1.5 (all-capital text carries no relative emphasis);
///   each '!' ending its sentence adds 15%, up to three;
///   in a sentence with "but", terms before the last "but" count ×0.6 and after it ×1.4 (the conclusion weighs more).</item>
/// <item>The contributions are summed to S and normalised: score = S / √(S² + α), α = 16. This maps any sum onto
///   (-1, 1) smoothly: one strong term (S = ±4) gives ±0.71, two give ±0.89, a mild one (S = ±1) gives ±0.24,
///   so a single polite "thanks" does not read as delight and long texts saturate instead of overflowing.
///   The result is rounded to 4 decimals so both target frameworks store identical values.</item>
/// </list>
/// Instances are immutable and safe to share across threads; <see cref="Default"/> uses the built-in lexicon.
/// </summary>
public sealed class SentimentScorer
{
    /// <summary>α in S/√(S²+α).</summary>
    public const double Alpha = 16.0;

    /// <summary>Characters of each input looked at: bounds the work one huge email body can cost inside the sandbox's time limit.</summary>
    public const int MaxInputLength = 200_000;

    /// <summary>How many words before a term a negator still reaches.</summary>
    public const int NegationWindow = 3;

    private const double NegatedPositiveFactor = -0.6;
    private const double NegatedNegativeFactor = -0.4;
    private const double CapsFactor = 1.5;
    private const double ExclamationStep = 0.15;
    private const int MaxExclamations = 3;
    private const double BeforeButFactor = 0.6;
    private const double AfterButFactor = 1.4;
    private const double ShoutingRatio = 0.8;

    private readonly IReadOnlyDictionary<string, double> _terms;
    private readonly IReadOnlyDictionary<string, bool> _negators;
    private readonly IReadOnlyDictionary<string, double> _modifiers;
    private readonly int _maxPhraseWords;

    /// <summary>A scorer with the built-in lexicon.</summary>
    public static SentimentScorer Default { get; } = new(null);

    /// <summary>
    /// A scorer with the built-in lexicon plus <paramref name="extraTerms"/> (e.g. product names or jargon an admin
    /// configured), which override built-in weights. Terms are lower-cased; weights must lie in -4..+4.
    /// </summary>
    public SentimentScorer(IReadOnlyDictionary<string, double>? extraTerms)
    {
        _negators = SentimentLexicon.Negators;
        _modifiers = SentimentLexicon.Modifiers;
        if (extraTerms == null || extraTerms.Count == 0)
        {
            _terms = SentimentLexicon.Terms;
        }
        else
        {
            var merged = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var t in SentimentLexicon.Terms)
                merged[t.Key] = t.Value;
            foreach (var t in extraTerms)
            {
                if (double.IsNaN(t.Value) || t.Value < -4 || t.Value > 4)
                    throw new ArgumentOutOfRangeException(nameof(extraTerms), $"The weight of '{t.Key}' must lie between -4 and 4.");
                var key = NormaliseTerm(t.Key);
                if (key.Length == 0)
                    throw new ArgumentException("A sentiment term is empty.", nameof(extraTerms));
                merged[key] = t.Value;
            }
            _terms = new System.Collections.ObjectModel.ReadOnlyDictionary<string, double>(merged);
        }
        var max = 1;
        foreach (var key in AllKeys())
            max = Math.Max(max, key.Split(' ').Length);
        _maxPhraseWords = max;
    }

    /// <summary>Score of one text (plain or HTML); null, empty or sentiment-free text scores 0.</summary>
    public double Score(string? text) => Analyze(text).Score;

    /// <summary>Score of an email or call: subject and body together, the body's quoted history ignored.</summary>
    public double Score(string? subject, string? body) => Analyze(subject, body).Score;

    public SentimentAnalysis Analyze(string? subject, string? body)
    {
        var bodyText = EmailText.LatestMessage(HtmlText.ToPlainText(Bound(body)));
        var subjectText = HtmlText.ToPlainText(Bound(subject));
        return AnalyzePlain(subjectText + "\n" + bodyText);
    }

    public SentimentAnalysis Analyze(string? text) =>
        AnalyzePlain(EmailText.LatestMessage(HtmlText.ToPlainText(Bound(text))));

    private static string? Bound(string? text) =>
        text != null && text.Length > MaxInputLength ? text.Substring(0, MaxInputLength) : text;

    private SentimentAnalysis AnalyzePlain(string plain)
    {
        var exclamations = new List<int>();
        var tokens = SentimentTokenizer.Tokenize(plain, exclamations);
        var units = Group(tokens);
        var capsCounts = CapsEmphasisApplies(tokens);

        var hits = new List<SentimentHit>();
        var total = 0.0;
        var lastBut = LastButPerSentence(units, exclamations.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (u.Kind != UnitKind.Term)
                continue;

            var factor = 1.0;
            for (var j = i - 1; j >= 0 && (units[j].Kind == UnitKind.Modifier || units[j].Kind == UnitKind.Negator); j--)
            {
                if (units[j].Kind == UnitKind.Modifier)
                    factor *= units[j].Value;
            }
            var negated = false;
            for (int j = i - 1, seen = 0; j >= 0 && seen < NegationWindow && units[j].Kind != UnitKind.Boundary; j--, seen++)
            {
                if (units[j].Kind == UnitKind.Negator)
                {
                    negated = true;
                    break;
                }
            }

            var v = u.Value;
            if (negated)
            {
                if (factor > 1)
                    factor = 1 / factor;
                v *= v > 0 ? NegatedPositiveFactor : NegatedNegativeFactor;
            }
            v *= factor;
            if (capsCounts && u.IsCaps)
                v *= CapsFactor;
            v *= 1 + ExclamationStep * Math.Min(exclamations[u.Sentence], MaxExclamations);
            var but = lastBut[u.Sentence];
            if (but >= 0)
                v *= i < but ? BeforeButFactor : AfterButFactor;

            total += v;
            if (u.Value != 0)
                hits.Add(new SentimentHit(u.Text, u.Value, v, negated));
        }

        var score = total == 0 ? 0 : Math.Round(total / Math.Sqrt(total * total + Alpha), 4, MidpointRounding.AwayFromZero);
        return new SentimentAnalysis(score, total, hits);
    }

    private enum UnitKind { Word, Term, Modifier, Negator, Boundary, But }

    private readonly struct Unit
    {
        public Unit(UnitKind kind, string text, double value, bool isCaps, int sentence)
        {
            Kind = kind;
            Text = text;
            Value = value;
            IsCaps = isCaps;
            Sentence = sentence;
        }

        public UnitKind Kind { get; }
        public string Text { get; }
        public double Value { get; }
        public bool IsCaps { get; }
        public int Sentence { get; }
    }

    // Longest match first among terms, modifiers and negators; a phrase never crosses a boundary.
    private List<Unit> Group(List<SentimentToken> tokens)
    {
        var units = new List<Unit>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.IsBoundary)
            {
                units.Add(new Unit(UnitKind.Boundary, "", 0, false, t.Sentence));
                i++;
                continue;
            }
            var matched = false;
            for (var n = Math.Min(_maxPhraseWords, tokens.Count - i); n >= 1 && !matched; n--)
            {
                var phrase = Join(tokens, i, n);
                if (phrase == null)
                    continue;
                var caps = true;
                for (var k = i; k < i + n; k++)
                    caps &= tokens[k].IsCaps;
                if (_terms.TryGetValue(phrase, out var weight))
                    units.Add(new Unit(UnitKind.Term, phrase, weight, caps, t.Sentence));
                else if (_modifiers.TryGetValue(phrase, out var factor))
                    units.Add(new Unit(UnitKind.Modifier, phrase, factor, caps, t.Sentence));
                else if (_negators.ContainsKey(phrase))
                    units.Add(new Unit(UnitKind.Negator, phrase, 0, caps, t.Sentence));
                else if (n == 1 && (phrase == "but" || phrase == "however"))
                    units.Add(new Unit(UnitKind.But, phrase, 0, false, t.Sentence));
                else if (n == 1)
                    units.Add(new Unit(UnitKind.Word, phrase, 0, caps, t.Sentence));
                else
                    continue;
                matched = true;
                i += n;
            }
        }
        return units;
    }

    private static string? Join(List<SentimentToken> tokens, int start, int count)
    {
        if (count == 1)
            return tokens[start].Word;
        var parts = new string[count];
        for (var k = 0; k < count; k++)
        {
            var w = tokens[start + k].Word;
            if (w == null)
                return null;
            parts[k] = w;
        }
        return string.Join(" ", parts);
    }

    // "But" also ends the negation reach: "not cheap but good" must not negate "good".
    private static int[] LastButPerSentence(List<Unit> units, int sentences)
    {
        var last = new int[Math.Max(sentences, 1)];
        for (var s = 0; s < last.Length; s++)
            last[s] = -1;
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Kind == UnitKind.But)
            {
                last[units[i].Sentence] = i;
                units[i] = new Unit(UnitKind.Boundary, units[i].Text, 0, false, units[i].Sentence);
            }
        }
        return last;
    }

    // Capitals stand out only against lower-case text; a message typed entirely in capitals has no emphasis to read.
    private static bool CapsEmphasisApplies(List<SentimentToken> tokens)
    {
        int words = 0, caps = 0;
        foreach (var t in tokens)
        {
            if (t.IsBoundary || t.Word!.Length < 2 || !char.IsLetter(t.Word[0]))
                continue;
            words++;
            if (t.IsCaps) caps++;
        }
        return caps > 0 && caps < ShoutingRatio * words;
    }

    private static string NormaliseTerm(string term)
    {
        var parts = term.Trim().ToLowerInvariant().Replace('\u2019', '\'').Replace('-', ' ')
            .Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", parts);
    }

    private IEnumerable<string> AllKeys()
    {
        foreach (var k in _terms.Keys) yield return k;
        foreach (var k in _modifiers.Keys) yield return k;
        foreach (var k in _negators.Keys) yield return k;
    }
}

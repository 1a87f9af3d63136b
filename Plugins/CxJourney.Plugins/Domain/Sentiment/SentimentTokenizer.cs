using System.Collections.Generic;
using System.Text;

namespace CxJourney.Plugins.Domain.Sentiment;

/// <summary>A word or a boundary in plain text, as the scorer sees it.</summary>
internal readonly struct SentimentToken
{
    public SentimentToken(string? word, bool isCaps, int sentence)
    {
        Word = word;
        IsCaps = isCaps;
        Sentence = sentence;
    }

    /// <summary>Lower-cased word, or null for a clause boundary.</summary>
    public string? Word { get; }

    /// <summary>The word was written in capitals (at least two letters, no lower-case).</summary>
    public bool IsCaps { get; }

    public int Sentence { get; }

    public bool IsBoundary => Word == null;
}

/// <summary>
/// Splits plain text into lower-case words and boundaries. Words are runs of letters and digits with inner
/// apostrophes kept ("isn't", typographic ’ folded to '); hyphens split words ("rip-off" → rip, off).
/// '.', '!', '?', ';', ':' and line breaks end a sentence; commas, brackets, quotes and dashes end a clause;
/// both stop negation and phrases. '!' marks are counted per sentence for emphasis.
/// </summary>
internal static class SentimentTokenizer
{
    public static List<SentimentToken> Tokenize(string text, List<int> exclamationsPerSentence)
    {
        var tokens = new List<SentimentToken>();
        var word = new StringBuilder();
        var sentence = 0;
        var sentencePending = false;
        exclamationsPerSentence.Clear();
        exclamationsPerSentence.Add(0);
        var hasUpper = false;
        var hasLower = false;
        var letters = 0;

        void FlushWord()
        {
            if (word.Length == 0)
                return;
            var w = word.ToString().Trim('\'');
            word.Clear();
            if (w.Length > 0)
            {
                if (sentencePending)
                {
                    sentence++;
                    exclamationsPerSentence.Add(0);
                    sentencePending = false;
                    tokens.Add(new SentimentToken(null, false, sentence));
                }
                tokens.Add(new SentimentToken(w.ToLowerInvariant(), hasUpper && !hasLower && letters >= 2, sentence));
            }
            hasUpper = hasLower = false;
            letters = 0;
        }

        void Boundary()
        {
            FlushWord();
            if (tokens.Count > 0 && !tokens[tokens.Count - 1].IsBoundary)
                tokens.Add(new SentimentToken(null, false, sentence));
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsUpper(c)) hasUpper = true;
                    else if (char.IsLower(c)) hasLower = true;
                }
                word.Append(c);
                continue;
            }
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC')
            {
                if (word.Length > 0)
                    word.Append('\'');
                continue;
            }
            switch (c)
            {
                case '!':
                    Boundary();
                    exclamationsPerSentence[sentence]++;
                    sentencePending = true;
                    break;
                case '.': case '?': case ';': case ':': case '\n': case '\r':
                    Boundary();
                    sentencePending = true;
                    break;
                case ',': case '(': case ')': case '[': case ']': case '"': case '\u201C': case '\u201D':
                case '\u2013': case '\u2014': case '/':
                    Boundary();
                    break;
                default:
                    FlushWord();
                    break;
            }
        }
        FlushWord();
        return tokens;
    }
}

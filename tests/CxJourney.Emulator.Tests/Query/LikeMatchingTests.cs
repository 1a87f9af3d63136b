using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CxJourney.Emulator.Tests.Conformance;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Query;

/// <summary>
/// The LIKE matcher (% _ [set] [^set], case- and accent-insensitive, trailing spaces ignored) against
/// a reference built from .NET regular expressions, over seeded random patterns and values.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
public sealed class LikeMatchingTests
{
    [Fact]
    public void Random_patterns_match_exactly_the_values_a_reference_matcher_accepts()
    {
        var random = new Random(1616);
        var org = new QueryOrg();
        var names = new List<string>();
        for (int i = 0; i < 60; i++)
        {
            string name = RandomText(random, random.Next(0, 12)) + (random.Next(5) == 0 ? "  " : "");
            if (name.Length == 0) continue;
            names.Add(name);
            org.Account(name);
        }

        for (int p = 0; p < 150; p++)
        {
            string pattern = RandomPattern(random);
            var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
            query.Criteria.AddCondition("name", ConditionOperator.Like, pattern);
            string[] actual = org.Retrieve(query).Entities.Select(e => e.GetAttributeValue<string>("name") ?? "").OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Func<string, bool> reference = Reference(pattern);
            string[] expected = names.Where(n => reference(n) || reference(n.TrimEnd(' '))).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"pattern '{pattern}': expected [{string.Join("|", expected)}], got [{string.Join("|", actual)}]");
        }
    }

    [Fact]
    public void A_long_segment_with_wildcards_is_found_in_a_long_value()
    {
        // 100 tokens between % signs (more than one 64-bit word of the bit-parallel search), with _ and a set.
        var org = new QueryOrg();
        string value = new string('x', 5000) + "ab" + new string('c', 97) + "d" + new string('y', 5000);
        org.Add("annotation", ("subject", "long"), ("notetext", value));
        var query = new QueryExpression("annotation") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("notetext", ConditionOperator.Like, "%x_b" + new string('c', 97) + "[d-e]y%");

        Assert.Single(org.Retrieve(query).Entities);

        var miss = new QueryExpression("annotation") { ColumnSet = new ColumnSet("subject") };
        miss.Criteria.AddCondition("notetext", ConditionOperator.Like, "%x_b" + new string('c', 98) + "[d-e]y%");
        Assert.Empty(org.Retrieve(miss).Entities);
    }

    private static string RandomText(Random random, int length)
    {
        const string alphabet = "abAB%_[]é ";
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);
        return text.ToString();
    }

    private static string RandomPattern(Random random)
    {
        string[] pieces = ["a", "b", "A", "é", "e", "%", "%", "_", "[ab]", "[^a]", "[a-b]", "[%]", "[_]", " "];
        var pattern = new StringBuilder();
        for (int i = random.Next(0, 6); i > 0; i--) pattern.Append(pieces[random.Next(pieces.Length)]);
        return pattern.ToString();
    }

    /// <summary>The same pattern as an anchored regular expression over case- and accent-folded text.</summary>
    private static Func<string, bool> Reference(string pattern)
    {
        pattern = Fold(pattern);
        var regex = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '%') regex.Append("[\\s\\S]*");
            else if (c == '_') regex.Append("[\\s\\S]");
            else if (c == '[')
            {
                int close = pattern.IndexOf(']', i + 1);
                string body = pattern.Substring(i + 1, close - i - 1);
                bool negated = body.StartsWith('^') && body.Length > 1;
                if (negated) body = body[1..];
                regex.Append(negated ? "[^" : "[").Append(Regex.Escape(body).Replace("]", "\\]")).Append(']');
                i = close;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        var compiled = new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        return text => compiled.IsMatch(Fold(text));
    }

    private static string Fold(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
}

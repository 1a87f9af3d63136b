using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>One <c>// ==== Type</c> block of a listing, attribute lines dropped.</summary>
internal sealed record SurfaceType(string Name, string TypeLine, IReadOnlyList<string> Members, IReadOnlyList<(string Name, string Value)> EnumMembers)
{
    public bool IsEnum => TypeLine.Contains(" enum ", StringComparison.Ordinal);
}

/// <summary>
/// Reads a listing in the official format. Attribute lines (<c>[DataContract...]</c> above a type or member,
/// and the <c>   [EnumMember]</c> tail of enum values) are left out of the comparison on purpose: our build
/// adds compiler attributes the official one lacks (Nullable, CompilerGenerated) and data-contract names do
/// not take part in binding a plugin to the assembly. Everything that does is on the remaining lines.
/// </summary>
internal static partial class SurfaceListing
{
    private const string Header = "// ==== ";
    private const string Indent = "    ";

    public static IReadOnlyDictionary<string, SurfaceType> Parse(string text)
    {
        var types = new Dictionary<string, SurfaceType>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Header, StringComparison.Ordinal))
            {
                continue;
            }

            var name = lines[i][Header.Length..].Trim();
            i++;
            while (i < lines.Length && lines[i].StartsWith('['))
            {
                i++;
            }

            if (i >= lines.Length)
            {
                throw new FormatException($"Type {name} has no type line.");
            }

            var typeLine = lines[i].Trim();
            i++;
            if (i >= lines.Length || lines[i] != "{")
            {
                throw new FormatException($"Type {name}: expected '{{' after the type line, found '{(i < lines.Length ? lines[i] : "end of text")}'.");
            }

            var members = new List<string>();
            var enumMembers = new List<(string, string)>();
            var isEnum = typeLine.Contains(" enum ", StringComparison.Ordinal);
            for (i++; i < lines.Length && lines[i] != "}"; i++)
            {
                var line = lines[i];
                if (!line.StartsWith(Indent, StringComparison.Ordinal))
                {
                    throw new FormatException($"Type {name}: unexpected line '{line}'.");
                }

                line = line[Indent.Length..];
                if (line.StartsWith('['))
                {
                    continue;
                }

                var enumMember = EnumMemberLine().Match(line);
                if (isEnum && enumMember.Success)
                {
                    enumMembers.Add((enumMember.Groups[1].Value, enumMember.Groups[2].Value));
                }
                else
                {
                    members.Add(line.TrimEnd());
                }
            }

            if (i >= lines.Length)
            {
                throw new FormatException($"Type {name} is not closed by '}}'.");
            }

            types[name] = new SurfaceType(name, typeLine, members, enumMembers);
        }

        return types;
    }

    /// <summary>The official list of public types: <c>kind     Full.Name</c> per line.</summary>
    public static IReadOnlyDictionary<string, string> ParseTypeList(string text) =>
        text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);

    /// <summary>The member's simple name: <c>Item</c>, <c>.ctor</c>, <c>TryGetValue</c>, <c>get_ExtensionData</c>, an enum value's name.</summary>
    public static string MemberName(string line)
    {
        var match = MethodName().Match(line);
        if (match.Success && (!line.Contains(" { ", StringComparison.Ordinal) || line.IndexOf('(') < line.IndexOf(" { ", StringComparison.Ordinal)))
        {
            return match.Groups[1].Value;
        }

        match = PropertyName().Match(line);
        if (match.Success)
        {
            return match.Groups[1].Value;
        }

        match = FieldName().Match(line);
        return match.Success ? match.Groups[1].Value : line;
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*) = (-?[0-9]+),(   \[.*)?$")]
    private static partial Regex EnumMemberLine();

    [GeneratedRegex(@"([^\s:<>]+?)(<[^(]*>)?\(")]
    private static partial Regex MethodName();

    [GeneratedRegex(@"(\S+?)(\[.*\])? \{ ")]
    private static partial Regex PropertyName();

    [GeneratedRegex(@"(\S+?)( = .*)?;$")]
    private static partial Regex FieldName();
}

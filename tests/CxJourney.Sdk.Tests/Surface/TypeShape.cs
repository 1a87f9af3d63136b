using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>A listing's type line taken apart: modifiers, kind, name, base type, interfaces, constraints.</summary>
internal sealed record TypeShape(IReadOnlySet<string> Modifiers, string Kind, string Name, string? BaseType, IReadOnlyList<string> Interfaces, string Constraints)
{
    private static readonly string[] Kinds = ["class", "interface", "enum", "struct"];

    public static TypeShape Parse(string line)
    {
        var constraints = "";
        var where = line.IndexOf(" where ", StringComparison.Ordinal);
        if (where >= 0)
        {
            constraints = line[where..].Trim();
            line = line[..where];
        }

        var colon = line.IndexOf(" : ", StringComparison.Ordinal);
        var head = colon < 0 ? line : line[..colon];
        var bases = colon < 0 ? [] : SplitTopLevel(line[(colon + 3)..]);
        var words = head.Split(' ');
        var kindIndex = Array.FindIndex(words, w => Kinds.Contains(w));
        if (kindIndex < 0)
        {
            throw new FormatException("No class/interface/enum/struct in type line: " + line);
        }

        var kind = words[kindIndex];
        // beforefieldinit only says whether the type has an explicit static constructor (the official
        // DateTimeBehaviorConversionRule has one); it does not take part in binding a plugin.
        var modifiers = words[..kindIndex].Where(w => w != "beforefieldinit").ToHashSet(StringComparer.Ordinal);
        var name = string.Join(" ", words[(kindIndex + 1)..]);
        return kind == "interface"
            ? new TypeShape(modifiers, kind, name, null, bases, constraints)
            : new TypeShape(modifiers, kind, name, bases.FirstOrDefault(), bases.Skip(1).ToList(), constraints);
    }

    public IEnumerable<string> Supertypes() => (BaseType is null ? Interfaces : Interfaces.Prepend(BaseType));

    /// <summary>How this (ours) differs from the official shape; interface order does not matter.</summary>
    public IReadOnlyList<string> DifferencesFrom(TypeShape official)
    {
        var differences = new List<string>();
        if (!Modifiers.SetEquals(official.Modifiers))
        {
            differences.Add($"modifiers '{string.Join(" ", Modifiers)}' instead of '{string.Join(" ", official.Modifiers)}'");
        }

        if (Kind != official.Kind)
        {
            differences.Add($"{Kind} instead of {official.Kind}");
        }

        if (Name != official.Name)
        {
            differences.Add($"name {Name} instead of {official.Name}");
        }

        if (BaseType != official.BaseType)
        {
            differences.Add($"base type {BaseType ?? "(none)"} instead of {official.BaseType ?? "(none)"}");
        }

        differences.AddRange(Interfaces.Except(official.Interfaces).Select(i => "declares interface " + i + " which the official type does not"));
        differences.AddRange(official.Interfaces.Except(Interfaces).Select(i => "lacks interface " + i + " which the official type declares"));
        if (Constraints != official.Constraints)
        {
            differences.Add($"constraints '{Constraints}' instead of '{official.Constraints}'");
        }

        return differences;
    }

    // "A`2<X,Y>, I" splits into "A`2<X,Y>" and "I": commas inside angle brackets stay.
    private static List<string> SplitTopLevel(string list)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '<': depth++; break;
                case '>': depth--; break;
                case ',' when depth == 0:
                    parts.Add(list[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        parts.Add(list[start..].Trim());
        return parts;
    }
}

/// <summary>
/// A property line: <c>head { get; internal set; }</c>. Accessors are methods of their own, so ours may
/// omit one (a subset), and one that is internal or private in our build is not part of our surface;
/// every accessor a plugin can call must be there officially with the same accessibility.
/// </summary>
internal static class PropertyShape
{
    private const string Open = " { ";

    public static bool Covers(string official, string ours)
    {
        if (!TrySplit(official, out var officialHead, out var officialAccessors) || !TrySplit(ours, out var ourHead, out var ourAccessors) || officialHead != ourHead)
        {
            return false;
        }

        return ourAccessors.Where(IsCallable).All(officialAccessors.Contains);
    }

    private static bool IsCallable(string accessor) =>
        !(accessor.StartsWith("internal ", StringComparison.Ordinal) || accessor.StartsWith("private ", StringComparison.Ordinal));

    private static bool TrySplit(string line, out string head, out string[] accessors)
    {
        var open = line.IndexOf(Open, StringComparison.Ordinal);
        if (open < 0 || !line.EndsWith('}'))
        {
            head = "";
            accessors = [];
            return false;
        }

        head = line[..open];
        accessors = line[(open + Open.Length)..^1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return true;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>One way in which our surface is not a subset of the official one.</summary>
internal sealed record SurfaceDifference(string Kind, string Type, string Ours, string? Official, string? Note = null)
{
    public override string ToString() =>
        $"[{Kind}] {Type}\n    ours:     {Ours}\n    official: {Official ?? "(nothing close)"}" + (Note is null ? "" : "\n    note:     " + Note);
}

/// <summary>
/// Compares our listing with the official one, as a subset: whatever we declare must be declared the
/// same way, on the same type, by the official assembly; whatever we omit is fine (we implement a part).
/// </summary>
internal static class SurfaceComparer
{
    public const string ExtraType = "type the official assembly lacks";
    public const string TypeLineDiffers = "type declared differently";
    public const string WrongDeclaringType = "member on the wrong declaring type";
    public const string MemberDiffers = "member differs from the official one";
    public const string ExtraMember = "member the official type lacks";
    public const string EnumValueDiffers = "enum value differs";
    public const string ExtraEnumMember = "enum member the official enum lacks";

    public static IReadOnlyList<SurfaceDifference> Compare(string officialListing, string ourListing) =>
        Compare(SurfaceListing.Parse(officialListing), SurfaceListing.Parse(ourListing));

    public static IReadOnlyList<SurfaceDifference> Compare(IReadOnlyDictionary<string, SurfaceType> official, IReadOnlyDictionary<string, SurfaceType> ours)
    {
        var differences = new List<SurfaceDifference>();
        foreach (var type in ours.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (!official.TryGetValue(type.Name, out var theirs))
            {
                var simpleName = type.Name[(type.Name.LastIndexOf('.') + 1)..];
                var sameName = official.Keys.FirstOrDefault(k => k.EndsWith("." + simpleName, StringComparison.Ordinal));
                differences.Add(new SurfaceDifference(ExtraType, type.Name, type.TypeLine, sameName is null ? null : official[sameName].TypeLine));
                continue;
            }

            var typeLine = TypeShape.Parse(type.TypeLine).DifferencesFrom(TypeShape.Parse(theirs.TypeLine));
            if (typeLine.Count > 0)
            {
                differences.Add(new SurfaceDifference(TypeLineDiffers, type.Name, type.TypeLine, theirs.TypeLine, string.Join("; ", typeLine)));
            }

            foreach (var member in type.Members.Where(m => !Declares(theirs, m)))
            {
                differences.Add(MemberDifference(official, type.Name, theirs, member));
            }

            foreach (var (name, value) in type.EnumMembers)
            {
                var match = theirs.EnumMembers.Where(e => e.Name == name).ToList();
                if (match.Count == 0)
                {
                    var sameValue = theirs.EnumMembers.Where(e => e.Value == value).Select(e => $"{e.Name} = {e.Value},").FirstOrDefault();
                    differences.Add(new SurfaceDifference(ExtraEnumMember, type.Name, $"{name} = {value},", sameValue));
                }
                else if (match[0].Value != value)
                {
                    differences.Add(new SurfaceDifference(EnumValueDiffers, type.Name, $"{name} = {value},", $"{match[0].Name} = {match[0].Value},",
                        "enum values are compiled into plugin IL as constants"));
                }
            }
        }

        return differences;
    }

    /// <summary>Public types outside the listed namespaces, checked by name and kind against the official type list.</summary>
    public static IReadOnlyList<SurfaceDifference> CompareTypeList(IReadOnlyDictionary<string, string> officialKinds, IEnumerable<(string Kind, string FullName)> ours)
    {
        var differences = new List<SurfaceDifference>();
        foreach (var (kind, name) in ours.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!officialKinds.TryGetValue(name, out var officialKind))
            {
                differences.Add(new SurfaceDifference(ExtraType, name, kind + " " + name, null));
            }
            else if (officialKind != kind)
            {
                differences.Add(new SurfaceDifference(TypeLineDiffers, name, kind + " " + name, officialKind + " " + name));
            }
        }

        return differences;
    }

    private static bool Declares(SurfaceType official, string member) =>
        official.Members.Contains(member, StringComparer.Ordinal) || official.Members.Any(o => PropertyShape.Covers(o, member));

    private static SurfaceDifference MemberDifference(IReadOnlyDictionary<string, SurfaceType> official, string typeName, SurfaceType theirs, string member)
    {
        var name = SurfaceListing.MemberName(member);
        var nearest = Nearest(theirs.Members.Where(m => SurfaceListing.MemberName(m) == name), member);
        if (name != ".ctor")
        {
            var elsewhere = Related(official, typeName).Where(t => Declares(official[t], member)).ToList();
            if (elsewhere.Count > 0)
            {
                return new SurfaceDifference(WrongDeclaringType, typeName, member, nearest,
                    "the official assembly declares this on " + string.Join(", ", elsewhere) + "; plugin IL names the declaring type");
            }
        }

        return nearest is null
            ? new SurfaceDifference(ExtraMember, typeName, member, Nearest(theirs.Members, member))
            : new SurfaceDifference(MemberDiffers, typeName, member, nearest);
    }

    /// <summary>Official types above (bases, interfaces) or below (derived, implementing) the given one.</summary>
    private static IEnumerable<string> Related(IReadOnlyDictionary<string, SurfaceType> official, string typeName)
    {
        var parents = official.Values.ToDictionary(t => t.Name, t => TypeShape.Parse(t.TypeLine).Supertypes().Select(GenericDefinition).ToList(), StringComparer.Ordinal);
        var related = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([typeName]);
        while (pending.TryPop(out var current))
        {
            foreach (var parent in parents.GetValueOrDefault(current) ?? [])
            {
                if (related.Add(parent))
                {
                    pending.Push(parent);
                }
            }
        }

        pending.Push(typeName);
        while (pending.TryPop(out var current))
        {
            foreach (var child in parents.Where(p => p.Value.Contains(current)).Select(p => p.Key))
            {
                if (related.Add(child))
                {
                    pending.Push(child);
                }
            }
        }

        related.Remove(typeName);
        return related.Where(official.ContainsKey).OrderBy(t => t, StringComparer.Ordinal);
    }

    // DataCollection`1<Microsoft.Xrm.Sdk.Entity> is declared as the block DataCollection`1.
    private static string GenericDefinition(string type)
    {
        var bracket = type.IndexOf('<');
        return bracket < 0 ? type : type[..bracket];
    }

    private static string? Nearest(IEnumerable<string> candidates, string line) =>
        candidates.Select(c => (Line: c, Distance: Distance(c, line))).OrderBy(c => c.Distance).Select(c => c.Line).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

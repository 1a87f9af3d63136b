using System;
using System.Linq;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>Pieces of "Namespace.Class, Assembly, Version=..., Culture=..., PublicKeyToken=..." names.</summary>
internal static class QualifiedNames
{
    /// <summary>The part after the class name ("Assembly, Version=..."), or "" when there is none.</summary>
    public static string AssemblyPart(string assemblyQualifiedName)
    {
        var comma = assemblyQualifiedName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? "" : assemblyQualifiedName[(comma + 1)..].Trim();
    }

    /// <summary>The simple assembly name of a qualified type name, or "".</summary>
    public static string AssemblyName(string assemblyQualifiedName)
    {
        var part = AssemblyPart(assemblyQualifiedName);
        var comma = part.IndexOf(',', StringComparison.Ordinal);
        return (comma < 0 ? part : part[..comma]).Trim();
    }

    /// <summary>Two assembly full names are the same when their comma-separated parts are (spacing and case aside).</summary>
    public static bool SameAssembly(string a, string b)
        => Parts(a).SequenceEqual(Parts(b), StringComparer.OrdinalIgnoreCase);

    private static string[] Parts(string fullName)
        => fullName.Split(',').Select(p => string.Concat(p.Where(c => !char.IsWhiteSpace(c)))).ToArray();
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Architecture.Tests.Support;

/// <summary>
/// The rules, as functions of the references read from the built assemblies, so the same code runs over
/// the product (ArchitectureTests) and over violations planted on purpose (PlantedViolationTests).
/// </summary>
public static class LayerRules
{
    public static bool Under(string ns, string prefix)
        => string.Equals(ns, prefix, StringComparison.Ordinal) || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    /// <summary>References from a namespace under <paramref name="part"/> that <paramref name="forbidden"/> matches.</summary>
    public static IReadOnlyList<string> Forbidden(IEnumerable<TypeReference> references, string part, Func<TypeReference, bool> forbidden)
        => references.Where(r => Under(r.FromNamespace, part) && forbidden(r))
            .Select(r => r.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// References from the tool's code outside its demo to the assemblies that make up the local organization:
    /// <paramref name="demo"/> lists the namespaces and the type names (namespace.type) that are the demo.
    /// </summary>
    public static IReadOnlyList<string> OutsideDemo(IEnumerable<TypeReference> references, string tool, IReadOnlyCollection<string> demo, IReadOnlyCollection<string> organizationAssemblies)
        => Forbidden(references, tool, r =>
            organizationAssemblies.Contains(r.ToAssembly)
            && !demo.Any(d => Under(r.FromNamespace, d) || string.Equals(r.FromNamespace + "." + r.FromType, d, StringComparison.Ordinal)));

    /// <summary>
    /// The namespace cycles among the namespaces under <paramref name="prefix"/>: each strongly connected
    /// group of two or more ("A <-> B [a witness reference per arrow]"). A namespace using one that encloses
    /// it is no arrow: C# puts the enclosing namespaces in scope, and a folder's parent is its context
    /// (the organization a handler is handed, the rule interface a rule implements).
    /// </summary>
    public static IReadOnlyList<string> Cycles(IEnumerable<TypeReference> references, string prefix)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (TypeReference r in references)
        {
            if (!Under(r.FromNamespace, prefix) || !Under(r.ToNamespace, prefix)) continue;
            if (Under(r.FromNamespace, r.ToNamespace)) continue; // itself, or an enclosing namespace
            if (!edges.TryGetValue(r.FromNamespace, out var to)) edges[r.FromNamespace] = to = new HashSet<string>(StringComparer.Ordinal);
            to.Add(r.ToNamespace);
        }
        return StronglyConnected(edges)
            .Where(group => group.Count > 1)
            .Select(group => string.Join(" <-> ", group.Order(StringComparer.Ordinal)) + Witness(references, group))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One reference per edge inside the group, so a failure says which types to look at.</summary>
    private static string Witness(IEnumerable<TypeReference> references, IReadOnlyList<string> group)
    {
        var inside = references.Where(r => !Under(r.FromNamespace, r.ToNamespace) && group.Contains(r.FromNamespace) && group.Contains(r.ToNamespace))
            .GroupBy(r => (r.FromNamespace, r.ToNamespace)).Select(g => g.First().ToString());
        return " [" + string.Join("; ", inside.Order(StringComparer.Ordinal)) + "]";
    }

    // Tarjan's algorithm, iterative over the namespaces in name order so the output is stable.
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var groups = new List<List<string>>();
        int next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (string w in edges.TryGetValue(v, out var to) ? to.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                group.Add(member);
            } while (member != v);
            groups.Add(group);
        }

        foreach (string v in edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(v)) Visit(v);
        return groups;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using CxJourney.Cli.Checking.Rules;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Packing;

namespace CxJourney.Cli.Checking;

/// <summary>What every rule looks at: the solution as the reader read it, its tables, and the built assemblies.</summary>
public sealed class CheckContext
{
    private readonly IReadOnlyDictionary<string, InspectedAssembly> _assemblies;
    private readonly IReadOnlyDictionary<string, string> _assemblyFiles;
    private readonly Dictionary<string, XElement?> _documents = new(StringComparer.Ordinal);

    internal CheckContext(
        SolutionDefinition solution,
        MetadataCatalog catalog,
        IReadOnlyDictionary<string, InspectedAssembly> assemblies,
        IReadOnlyDictionary<string, string> assemblyFiles)
    {
        Solution = solution;
        Catalog = catalog;
        _assemblies = assemblies;
        _assemblyFiles = assemblyFiles;
    }

    public SolutionDefinition Solution { get; }

    /// <summary>The solution <see cref="Solution"/> is imported on top of, or null.</summary>
    public SolutionDefinition? BaseSolution { get; init; }

    /// <summary>The plug-in assembly of that name in this solution, else in the one it depends on.</summary>
    public PluginAssemblyDefinition? FindAssembly(string assemblyName)
        => Solution.PluginAssemblies.FindByName(assemblyName) ?? BaseSolution?.PluginAssemblies.FindByName(assemblyName);

    /// <summary>The standard tables merged with the solution's (what the local organization runs on).</summary>
    public MetadataCatalog Catalog { get; }

    /// <summary>The publisher's prefix followed by an underscore: "cx_".</summary>
    public string Prefix => Solution.Manifest.Publisher.CustomizationPrefix + "_";

    /// <summary>The built assembly of that name, or null when it was not found or could not be read.</summary>
    public InspectedAssembly? Built(string assemblyName) => _assemblies.GetValueOrDefault(assemblyName);

    private readonly Dictionary<string, IlReferences?> _il = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the IL of the built assembly of that name does, or null when it was not found or could not be read.</summary>
    public IlReferences? Il(string assemblyName)
    {
        if (_il.TryGetValue(assemblyName, out var cached)) return cached;
        IlReferences? read = null;
        if (Built(assemblyName) is { } built)
        {
            try { read = IlReferences.Read(built.Path); }
            catch (Exception ex) when (ex is BadImageFormatException or IOException or InvalidOperationException) { read = null; }
        }
        _il[assemblyName] = read;
        return read;
    }

    /// <summary>Where the binary of that assembly was looked for, or null when no path was given.</summary>
    public string? BinaryPath(string assemblyName) => _assemblyFiles.GetValueOrDefault(assemblyName);

    /// <summary>A file of the solution (relative path) with line numbers, or null when it cannot be read (the reader reports that).</summary>
    public XElement? Xml(string relativePath)
    {
        if (_documents.TryGetValue(relativePath, out var cached)) return cached;
        XElement? root;
        try
        {
            root = PackageXml.Load(Path.Combine(Solution.RootFolder, relativePath.Replace('/', Path.DirectorySeparatorChar))).Root;
        }
        catch (Exception ex) when (ex is IOException or XmlException or UnauthorizedAccessException)
        {
            root = null;
        }
        _documents[relativePath] = root;
        return root;
    }

    internal static CheckProblem Error(string rule, SourceLocation location, string problem, string fix)
        => new(rule, IssueSeverity.Error, location, problem, fix);

    internal static CheckProblem Warning(string rule, SourceLocation location, string problem, string fix)
        => new(rule, IssueSeverity.Warning, location, problem, fix);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CxJourney.SolutionModel.Reading;

namespace CxJourney.SolutionModel.Packing;

/// <summary>
/// Packs an unpacked solution into the two zips the platform exports. Solution/ is read by
/// <see cref="SolutionReader"/>, the same reader the local organization uses; the packer then
/// copies the XML of each item the reader found, so what is imported is what is tested.
/// </summary>
public static class SolutionPacker
{
    public const string CustomizationsEntry = "customizations.xml";
    public const string ManifestEntry = "solution.xml";

    /// <summary>Reads, packs and writes both zips; throws <see cref="SolutionFormatException"/> or <see cref="PackException"/>.</summary>
    public static PackResult Pack(PackRequest request, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var solution = request.Solution;
        if (solution is null || !string.Equals(solution.RootFolder, Path.GetFullPath(request.SolutionFolder), StringComparison.Ordinal))
        {
            progress?.Invoke($"Reading {request.SolutionFolder}");
            solution = SolutionReader.Read(request.SolutionFolder);
        }
        var version = EffectiveVersion(solution, request.Version);

        var baseName = $"{solution.Manifest.UniqueName}_{version.Replace('.', '_')}";
        var output = Path.GetFullPath(request.OutputFolder);
        var unmanagedPath = Path.Combine(output, baseName + ".zip");
        var managedPath = Path.Combine(output, baseName + "_managed.zip");

        // Both packages are built before anything is written: a failure leaves the folder as it was.
        progress?.Invoke($"Packing {solution.Manifest.UniqueName} {version}");
        var unmanaged = BuildPackage(solution, PackageKind.Unmanaged, version, request.AssemblyFiles);
        var managed = BuildPackage(solution, PackageKind.Managed, version, request.AssemblyFiles);

        Directory.CreateDirectory(output);
        progress?.Invoke($"Writing {Path.GetFileName(unmanagedPath)}");
        WriteZip(unmanagedPath, unmanaged);
        progress?.Invoke($"Writing {Path.GetFileName(managedPath)}");
        WriteZip(managedPath, managed);

        return new PackResult(unmanagedPath, managedPath, version, unmanaged.Count);
    }

    /// <summary>
    /// The files of one zip, in the order the platform writes them: customizations.xml,
    /// [Content_Types].xml, solution.xml, then every other part by path.
    /// </summary>
    public static IReadOnlyList<PackageEntry> BuildPackage(
        SolutionDefinition solution, PackageKind kind, string version, IReadOnlyDictionary<string, string> assemblyFiles)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(assemblyFiles);
        if (solution.Layout != SolutionLayout.Unpacked)
            throw new PackException($"{solution.RootFolder} is an extracted zip, not an unpacked solution folder: there is nothing to pack.");

        var files = new SourceFiles(solution.RootFolder);
        var parts = new List<PackageEntry>();

        foreach (var assembly in solution.PluginAssemblies)
        {
            if (!assemblyFiles.TryGetValue(assembly.Name, out var binary) || !File.Exists(binary))
                throw new PackException($"{assembly.Source.File}: the built assembly {assembly.Name}.dll was not found{(binary is null ? "" : $" at {binary}")}.");
            var target = assembly.AssemblyFile ?? $"PluginAssemblies/{assembly.Name}-{assembly.Id.ToString("D").ToUpperInvariant()}/{assembly.Name}.dll";
            parts.Add(new PackageEntry(target, ReadAll(binary)));
        }

        foreach (var resource in solution.WebResources)
        {
            var content = WebResourceContent.Locate(solution, resource)
                ?? throw new PackException($"{resource.Source.File}: the content of web resource {resource.Name} is missing: {resource.ContentFile} does not exist (npm run build in WebResources/ when map.xml maps it there).");
            parts.Add(new PackageEntry(WebResourcePaths.PackedPath(resource), ReadAll(content)));
        }

        foreach (var variable in solution.EnvironmentVariables)
        {
            parts.Add(new PackageEntry(variable.Source.File, PackageXml.Serialize(new XElement(files.Root(variable.Source.File)))));
            if (variable.ValuesFile is { } values) parts.Add(new PackageEntry(values, files.Bytes(values)));
        }

        parts.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));

        var customizations = PackageXml.Serialize(CustomizationsBuilder.Build(solution, files, kind));
        var manifest = PackageXml.Serialize(ManifestBuilder.Build(solution, files, kind, version));
        var contentTypes = ContentTypes.Build(parts.Select(p => p.Path).Prepend(ManifestEntry).Prepend(CustomizationsEntry));

        var entries = new List<PackageEntry>(parts.Count + 3)
        {
            new(CustomizationsEntry, customizations),
            new(ContentTypes.EntryName, contentTypes),
            new(ManifestEntry, manifest),
        };
        entries.AddRange(parts);
        return entries;
    }

    /// <summary>The version to stamp: the one asked for (four parts), else the manifest's.</summary>
    public static string EffectiveVersion(SolutionDefinition solution, string? requested)
    {
        ArgumentNullException.ThrowIfNull(solution);
        if (requested is null) return solution.Manifest.Version;
        if (!IsFourPartVersion(requested))
            throw new PackException($"--version '{requested}' is not a four-part version (major.minor.build.revision, e.g. 1.2.0.3).");
        return requested;
    }

    public static bool IsFourPartVersion(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit) && int.TryParse(p, out _));
    }

    private static byte[] ReadAll(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PackException($"{path}: cannot be read: {ex.Message}", ex);
        }
    }

    private static void WriteZip(string path, IReadOnlyList<PackageEntry> entries)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            DeterministicZip.Write(stream, entries);
        }
        File.Move(temporary, path, overwrite: true);
    }
}

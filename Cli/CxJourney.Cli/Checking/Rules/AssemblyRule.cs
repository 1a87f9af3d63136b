using System;
using System.Collections.Generic;
using System.IO;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// A plugin assembly's registration against its built binary: the binary exists, is strong-name
/// signed, and has the identity the .data.xml, its plugin types and the steps name; it runs in
/// the sandbox; its FileName and folder follow the export layout.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in (assemblies must be signed; online runs sandboxed only)
internal sealed class AssemblyRule : ICheckRule
{
    public string Name => "assembly";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        foreach (var assembly in context.Solution.PluginAssemblies)
        {
            // Exports name the folder and binary after the assembly, some with its dots dropped
            // (DVerse.Plugins -> /PluginAssemblies/DVersePlugins-<ID>/DVersePlugins.dll); either imports.
            var id = assembly.Id.ToString("D").ToUpperInvariant();
            var expectedFile = $"/PluginAssemblies/{assembly.Name}-{id}/{assembly.Name}.dll";
            var withoutDots = assembly.Name.Replace(".", "", StringComparison.Ordinal);
            if (!string.Equals(assembly.FileName, expectedFile, StringComparison.Ordinal)
                && !string.Equals(assembly.FileName, $"/PluginAssemblies/{withoutDots}-{id}/{withoutDots}.dll", StringComparison.Ordinal))
                yield return CheckContext.Error(Name, assembly.Source, $"<FileName> is '{assembly.FileName}', not where exports put the binary",
                    $"write <FileName>{expectedFile}</FileName>");
            else if (assembly.Source.File != context.Solution.Customizations.File
                     && !string.Equals(assembly.Source.File, assembly.AssemblyFile + ".data.xml", StringComparison.OrdinalIgnoreCase))
                yield return CheckContext.Error(Name, assembly.Source, $"the file should lie beside the binary <FileName> names: {assembly.AssemblyFile}.data.xml",
                    "move the .data.xml (folder <Name>-<PluginAssemblyId upper case>) or fix <FileName>");
            if (assembly.IsolationMode != 2)
                yield return CheckContext.Error(Name, assembly.Source, $"<IsolationMode> is {assembly.IsolationMode}: Dataverse online runs plug-ins only in the sandbox",
                    "write <IsolationMode>2</IsolationMode>");
            if (assembly.SourceType != 0)
                yield return CheckContext.Error(Name, assembly.Source, $"<SourceType> is {assembly.SourceType}: a solution carries its binary in the database",
                    "write <SourceType>0</SourceType>");

            foreach (var type in assembly.PluginTypes)
            {
                var expected = $"{type.TypeName}, {assembly.FullName}";
                if (!string.Equals(type.AssemblyQualifiedName.Split(',')[0].Trim(), type.TypeName, StringComparison.Ordinal)
                    || !QualifiedNames.SameAssembly(QualifiedNames.AssemblyPart(type.AssemblyQualifiedName), assembly.FullName))
                    yield return CheckContext.Error(Name, type.Source, $"AssemblyQualifiedName '{type.AssemblyQualifiedName}' does not name class {type.TypeName} of {assembly.FullName}",
                        $"write AssemblyQualifiedName=\"{expected}\"");
            }

            foreach (var problem in Binary(context, assembly)) yield return problem;
        }

        foreach (var step in context.Solution.Steps)
        {
            var assemblyName = QualifiedNames.AssemblyName(step.PluginTypeName);
            var assembly = context.FindAssembly(assemblyName);
            if (assembly is null) continue;
            if (!QualifiedNames.SameAssembly(QualifiedNames.AssemblyPart(step.PluginTypeName), assembly.FullName))
                yield return CheckContext.Error(Name, step.Source, $"<PluginTypeName> names assembly '{QualifiedNames.AssemblyPart(step.PluginTypeName)}', not {assembly.FullName} as {assembly.Source.File} says",
                    $"write <PluginTypeName>{step.PluginClassName}, {assembly.FullName}</PluginTypeName>");
        }
    }

    private IEnumerable<CheckProblem> Binary(CheckContext context, PluginAssemblyDefinition assembly)
    {
        var built = context.Built(assembly.Name);
        if (built is null)
        {
            var path = context.BinaryPath(assembly.Name);
            if (path is null || !File.Exists(path))
                yield return CheckContext.Error(Name, assembly.Source,
                    path is null ? $"no built binary of {assembly.Name} to check against" : $"the built binary {path} does not exist",
                    $"build it (dotnet build Plugins/{assembly.Name} -c Release -f net462) or pass --assembly PATH");
            yield break;
        }

        var file = Path.GetFileName(built.Path);
        if (!string.Equals(built.Name, assembly.Name, StringComparison.Ordinal))
            yield return CheckContext.Error(Name, assembly.Source, $"{file} is assembly '{built.Name}', not '{assembly.Name}'",
                "point --assembly at the right binary or fix FullName");
        else if (!QualifiedNames.SameAssembly(built.FullName, assembly.FullName))
            yield return CheckContext.Error(Name, assembly.Source, $"FullName '{assembly.FullName}' is not the built assembly's identity '{built.FullName}'",
                $"write FullName=\"{built.FullName}\" (and the same in its plugin types and steps)");
        if (built.PublicKeyToken is null || !built.IsStrongNameSigned)
            yield return CheckContext.Error(Name, assembly.Source, $"{file} is not strong-name signed: Dataverse refuses unsigned plug-in assemblies",
                "sign it with a key pair (SignAssembly and AssemblyOriginatorKeyFile in the project)");
    }
}

internal static class PluginAssemblyLookup
{
    public static PluginAssemblyDefinition? FindByName(this IReadOnlyList<PluginAssemblyDefinition> assemblies, string name)
    {
        foreach (var assembly in assemblies)
        {
            if (string.Equals(assembly.Name, name, StringComparison.OrdinalIgnoreCase)) return assembly;
        }
        return null;
    }
}

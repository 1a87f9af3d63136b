using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads a &lt;PluginAssembly&gt; and its plugin types.</summary>
internal static class PluginAssemblyParser
{
    public static PluginAssemblyDefinition? Parse(ReadContext context, XElement element)
    {
        var fullName = context.RequiredAttr(element, "FullName");
        var id = context.GuidAttr(element, "PluginAssemblyId", required: true);
        if (fullName.Length == 0 || id is null) return null;

        AssemblyName assemblyName;
        try
        {
            assemblyName = new AssemblyName(fullName);
        }
        catch (Exception ex) when (ex is ArgumentException or FileLoadException)
        {
            context.Error(element.Attribute("FullName")!, $"FullName '{fullName}' is not an assembly name: {ex.Message}");
            return null;
        }

        var types = new List<PluginTypeDefinition>();
        foreach (var type in element.Element("PluginTypes")?.Elements("PluginType") ?? [])
        {
            var parsed = ParseType(context, type);
            if (parsed is not null) types.Add(parsed);
        }

        var fileName = ReadContext.TrimmedText(element, "FileName");
        return new PluginAssemblyDefinition
        {
            FullName = fullName,
            Name = assemblyName.Name ?? fullName,
            Version = assemblyName.Version?.ToString(),
            Culture = string.IsNullOrEmpty(assemblyName.CultureName) ? "neutral" : assemblyName.CultureName,
            PublicKeyToken = PublicKeyToken(assemblyName),
            Id = id.Value,
            IsolationMode = context.Int(element, "IsolationMode") ?? 0,
            SourceType = context.Int(element, "SourceType") ?? 0,
            IntroducedVersion = ReadContext.TrimmedText(element, "IntroducedVersion"),
            FileName = fileName,
            AssemblyFile = fileName?.TrimStart('/'),
            PluginTypes = types,
            Source = context.Locate(element),
        };
    }

    private static PluginTypeDefinition? ParseType(ReadContext context, XElement type)
    {
        var name = context.RequiredAttr(type, "Name");
        var qualified = context.RequiredAttr(type, "AssemblyQualifiedName");
        var id = context.GuidAttr(type, "PluginTypeId", required: true);
        if (name.Length == 0 || qualified.Length == 0 || id is null) return null;
        return new PluginTypeDefinition
        {
            TypeName = name,
            AssemblyQualifiedName = qualified,
            Id = id.Value,
            FriendlyName = ReadContext.TrimmedText(type, "FriendlyName"),
            Description = ReadContext.TrimmedText(type, "Description"),
            WorkflowActivityGroupName = ReadContext.TrimmedText(type, "WorkflowActivityGroupName"),
            Source = context.Locate(type),
        };
    }

    private static string? PublicKeyToken(AssemblyName name)
    {
        var token = name.GetPublicKeyToken();
        return token is null || token.Length == 0 ? null : Convert.ToHexStringLower(token);
    }
}

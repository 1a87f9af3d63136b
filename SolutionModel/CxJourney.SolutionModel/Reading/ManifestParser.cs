using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads solution.xml: the manifest, the publisher and the root components.</summary>
internal static class ManifestParser
{
    public static SolutionManifest? Parse(ReadContext context, XDocument document)
    {
        var root = document.Root!;
        var languageCode = context.IntAttr(root, "languagecode") ?? 1033;
        context.LanguageCode = languageCode;

        var manifest = root.Element("SolutionManifest");
        if (manifest is null)
        {
            context.Error(root, "<SolutionManifest> is missing");
            return null;
        }

        var uniqueName = context.RequiredText(manifest, "UniqueName");
        var version = context.RequiredText(manifest, "Version");
        if (version.Length > 0 && !System.Version.TryParse(version, out _))
            context.Error(manifest.Element("Version")!, $"<Version> '{version}' is not a version (major.minor.build.revision)");

        var managedCode = context.Int(manifest, "Managed") ?? 0;
        if (managedCode is not (0 or 1 or 2))
            context.Error(manifest.Element("Managed")!, $"<Managed> {managedCode} is not 0 (unmanaged), 1 (managed) or 2 (both)");

        var publisher = ParsePublisher(context, manifest);
        if (uniqueName.Length == 0 || version.Length == 0 || publisher is null) return null;

        return new SolutionManifest
        {
            UniqueName = uniqueName,
            LocalizedName = context.Label(manifest.Element("LocalizedNames"), "LocalizedName") ?? uniqueName,
            Description = context.Label(manifest.Element("Descriptions"), "Description"),
            Version = version,
            Managed = managedCode is 0 or 1 or 2 ? (SolutionPackageKind)managedCode : SolutionPackageKind.Unmanaged,
            Publisher = publisher,
            RootComponents = ParseRootComponents(context, manifest),
            PlatformVersion = ReadContext.Attr(root, "version"),
            SolutionPackageVersion = ReadContext.Attr(root, "SolutionPackageVersion"),
            LanguageCode = languageCode,
            GeneratedBy = ReadContext.Attr(root, "generatedBy"),
            Source = context.Locate(manifest),
        };
    }

    private static PublisherDefinition? ParsePublisher(ReadContext context, XElement manifest)
    {
        var publisher = manifest.Element("Publisher");
        if (publisher is null)
        {
            context.Error(manifest, "<Publisher> is missing");
            return null;
        }
        var uniqueName = context.RequiredText(publisher, "UniqueName");
        var prefix = context.RequiredText(publisher, "CustomizationPrefix");
        var optionValuePrefix = context.Int(publisher, "CustomizationOptionValuePrefix") ?? 0;
        if (uniqueName.Length == 0 || prefix.Length == 0) return null;
        return new PublisherDefinition
        {
            UniqueName = uniqueName,
            LocalizedName = context.Label(publisher.Element("LocalizedNames"), "LocalizedName") ?? uniqueName,
            Description = context.Label(publisher.Element("Descriptions"), "Description"),
            CustomizationPrefix = prefix,
            OptionValuePrefix = optionValuePrefix,
            EMailAddress = ReadContext.TrimmedText(publisher, "EMailAddress"),
            SupportingWebsiteUrl = ReadContext.TrimmedText(publisher, "SupportingWebsiteUrl"),
            Source = context.Locate(publisher),
        };
    }

    private static IReadOnlyList<RootComponentDefinition> ParseRootComponents(ReadContext context, XElement manifest)
    {
        var components = new List<RootComponentDefinition>();
        foreach (var component in manifest.Element("RootComponents")?.Elements("RootComponent") ?? [])
        {
            var typeText = ReadContext.Attr(component, "type");
            // Newer exports name some component types by word (type="SettingDefinition"); only numbered ones are kept.
            if (typeText is null || !int.TryParse(typeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var type))
            {
                context.Warning(component, $"root component type '{typeText}' is not a number; ignored");
                continue;
            }
            components.Add(new RootComponentDefinition
            {
                Type = type,
                SchemaName = ReadContext.Attr(component, "schemaName"),
                Id = context.GuidAttr(component, "id"),
                Behavior = context.IntAttr(component, "behavior") ?? 0,
                Source = context.Locate(component),
            });
        }
        return components;
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// Web resources exist where something needs them: each .data.xml has its content (the reader's
/// ContentFile: beside it, or where map.xml maps it), and every
/// web resource a form (library, event handler), a ribbon ($webresource:) or another web resource's
/// dependencies names is defined in the solution or declared a missing dependency. A content file
/// with no .data.xml beside it is never packed (a warning).
/// </summary>
internal sealed partial class WebResourceRule : ICheckRule
{
    public string Name => "web-resources";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var solution = context.Solution;
        foreach (var resource in solution.WebResources.Where(r => !r.ContentExists))
            yield return CheckContext.Error(Name, resource.Source,
                $"the content of web resource {resource.Name} is missing: {resource.ContentFile} does not exist",
                "build the web resources (npm run build in WebResources/) when map.xml maps the file there, add the file beside its .data.xml, or delete the .data.xml");

        var defined = new HashSet<string>(solution.WebResources.Select(r => r.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var name in DeclaredMissing(context)) defined.Add(name);

        foreach (var (name, location) in References(context))
        {
            if (!defined.Contains(name))
                yield return CheckContext.Error(Name, location, $"web resource '{name}' is referenced here but the solution does not define it",
                    $"add WebResources/{name} with its .data.xml, fix the name, or list it under <MissingDependencies> in Other/Solution.xml");
        }

        foreach (var orphan in Orphans(solution))
            yield return CheckContext.Warning(Name, new SourceLocation(orphan, ""), "a file under WebResources/ without a .data.xml beside it is never packed",
                "add its .data.xml (WebResourceId, Name, WebResourceType...) or move it out of Solution/");
    }

    private static IEnumerable<(string Name, SourceLocation Location)> References(CheckContext context)
    {
        var solution = context.Solution;
        foreach (var table in solution.Tables)
        {
            foreach (var file in table.FormFiles)
            {
                var form = context.Xml(file);
                if (form is null) continue;
                foreach (var library in form.Descendants("Library"))
                {
                    if (library.Attribute("name") is { } name) yield return (name.Value.Trim(), ElementPaths.Locate(file, library));
                }
                foreach (var handler in form.Descendants("Handler"))
                {
                    if (handler.Attribute("libraryName") is { } name) yield return (name.Value.Trim(), ElementPaths.Locate(file, handler));
                }
            }
            if (table.RibbonDiffFile is { } ribbonFile && context.Xml(ribbonFile) is { } ribbon)
            {
                foreach (var attribute in ribbon.DescendantsAndSelf().Attributes())
                {
                    foreach (Match match in WebResourceToken().Matches(attribute.Value))
                        yield return (match.Groups[1].Value, ElementPaths.Locate(ribbonFile, attribute));
                }
            }
        }

        foreach (var resource in solution.WebResources)
        {
            if (string.IsNullOrWhiteSpace(resource.DependencyXml)) continue;
            XElement dependencies;
            try
            {
                dependencies = XElement.Parse(resource.DependencyXml);
            }
            catch (XmlException)
            {
                continue;
            }
            foreach (var library in dependencies.Descendants("Library"))
            {
                if (library.Attribute("name") is { } name) yield return (name.Value.Trim(), resource.Source);
            }
        }
    }

    /// <summary>Names of web resources Other/Solution.xml declares as &lt;MissingDependency&gt;&lt;Required type="61" schemaName="..."/&gt;.</summary>
    private static IEnumerable<string> DeclaredMissing(CheckContext context)
    {
        var manifest = context.Xml(context.Solution.Manifest.Source.File);
        if (manifest is null) yield break;
        foreach (var required in manifest.Descendants("MissingDependency").Elements("Required"))
        {
            if ((string?)required.Attribute("type") is "61" or "WebResource" && required.Attribute("schemaName") is { } name) yield return name.Value;
        }
    }

    private static IEnumerable<string> Orphans(SolutionDefinition solution)
    {
        if (solution.Layout != SolutionLayout.Unpacked) yield break;
        var folder = Path.Combine(solution.RootFolder, "WebResources");
        if (!Directory.Exists(folder)) yield break;
        var content = new HashSet<string>(solution.WebResources.Select(r => r.ContentFile), StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(solution.RootFolder, file).Replace('\\', '/');
            if (relative.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase) || content.Contains(relative)) continue;
            yield return relative;
        }
    }

    [GeneratedRegex(@"\$webresource:([^""'\s<>;,]+)")]
    private static partial Regex WebResourceToken();
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CxJourney.SolutionModel.Packing;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// The sections the public solution schema still describes as the platform exports them validate
/// against it: plugin assemblies, steps and web resources. The 9.0 schema orders a step's children
/// differently from exports (SdkMessageId first, Configuration late), so a step's children are put
/// in the schema's order before validating: names, types and counts are checked, order is not.
/// </summary>
internal sealed class SchemaRule : ICheckRule
{
    private const string Fix = "write the element as the solution schema (CustomizationsSolution.xsd 9.0) describes it";

    public string Name => "schema";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var schema = SolutionSchema.Current;
        var problems = new List<CheckProblem>();
        var solution = context.Solution;
        var customizations = solution.Customizations.File;

        foreach (var file in solution.PluginAssemblies.Select(a => a.Source.File).Where(f => f != customizations).Distinct())
            Validate(file, Load(context, file), schema.PluginAssembly, problems);
        foreach (var file in solution.Steps.Select(s => s.Source.File).Where(f => f != customizations).Distinct())
            Validate(file, InSchemaOrder(Load(context, file), schema), schema.Step, problems);
        foreach (var file in solution.WebResources.Select(w => w.Source.File).Where(f => f != customizations).Distinct())
            Validate(file, Load(context, file), schema.WebResource, problems);

        var inline = Load(context, customizations);
        if (inline is not null)
        {
            foreach (var element in inline.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"))
                Validate(customizations, element, schema.PluginAssembly, problems);
            foreach (var element in inline.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"))
                Validate(customizations, InSchemaOrder(element, schema), schema.Step, problems);
            foreach (var element in inline.Elements("WebResources").Elements("WebResource"))
                Validate(customizations, element, schema.WebResource, problems);
        }
        return problems;
    }

    /// <summary>A private copy of the file (steps get reordered), or null when it cannot be read (the reader reports that).</summary>
    private static XElement? Load(CheckContext context, string file)
    {
        try
        {
            return PackageXml.Load(System.IO.Path.Combine(context.Solution.RootFolder, file)).Root;
        }
        catch (Exception ex) when (ex is System.IO.IOException or XmlException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static XElement? InSchemaOrder(XElement? step, SolutionSchema schema)
    {
        if (step is null) return null;
        var children = step.Elements().ToList();
        var ordered = children
            .Select((element, position) => (element, position, rank: Rank(schema.StepOrder, element.Name.LocalName)))
            .OrderBy(c => c.rank)
            .ThenBy(c => c.position)
            .Select(c => c.element)
            .ToList();
        foreach (var child in children) child.Remove();
        step.Add(ordered);
        return step;
    }

    private static int Rank(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == name) return i;
        }
        return int.MaxValue;
    }

    private void Validate(string file, XElement? element, XmlSchemaType type, List<CheckProblem> problems)
    {
        if (element is null) return;
        element.Validate(type, SolutionSchema.Current.Set, (sender, e) =>
        {
            if (e.Severity != XmlSeverityType.Error) return;
            var node = sender as XObject ?? element;
            var parent = (node as XElement)?.Parent;
            var order = parent is null || parent == element.Parent ? null : SolutionSchema.Current.ChildOrder(parent.Name.LocalName);
            var fix = order is null
                ? Fix
                : $"{Fix}: <{parent!.Name.LocalName}> takes {string.Join(", ", order)}, in this order{(parent.Name.LocalName == "SdkMessageProcessingStep" ? " (order aside)" : "")}";
            problems.Add(CheckContext.Error(Name, ElementPaths.Locate(file, node), $"schema: {e.Message}", fix));
        });
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Reading;
using CxJourney.Tests.Shared;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>The repository's Solution/, read once, with its forms and views as XML.</summary>
internal static class ProductSolutionFiles
{
    public static readonly string[] CustomTables = ["cx_journey", "cx_touchpoint", "cx_feedback", "cx_casescore"];

    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "Solution");

    private static readonly Lazy<SolutionDefinition> LoadedSolution = new(() => SolutionReader.Read(Folder));
    private static readonly Lazy<MetadataCatalog> LoadedCatalog = new(() => MetadataCatalog.Create(Solution));
    private static readonly Lazy<IReadOnlyList<ProductView>> LoadedViews = new(LoadViews);

    public static SolutionDefinition Solution => LoadedSolution.Value;

    public static MetadataCatalog Catalog => LoadedCatalog.Value;

    public static IReadOnlyList<ProductView> Views => LoadedViews.Value;

    public static XElement Root(string relativeFile) => XDocument.Load(Path.Combine(Folder, relativeFile)).Root!;

    public static TableDefinition Table(string logicalName)
        => Solution.FindTable(logicalName) ?? throw new InvalidOperationException($"Solution/ defines no table {logicalName}.");

    public static IEnumerable<ProductView> ViewsOf(string table) => Views.Where(v => v.Table == table);

    public static ProductView View(string table, string name)
        => Views.SingleOrDefault(v => v.Table == table && v.Name == name)
           ?? throw new InvalidOperationException($"{table} has no view named '{name}'.");

    private static IReadOnlyList<ProductView> LoadViews()
    {
        var views = new List<ProductView>();
        foreach (var table in Solution.Tables)
        {
            foreach (var file in table.SavedQueryFiles)
            {
                var root = Root(file);
                foreach (var query in root.Name.LocalName == "savedquery" ? [root] : root.Elements("savedquery"))
                {
                    views.Add(new ProductView(
                        table.LogicalName,
                        file,
                        Guid.Parse((string)query.Element("savedqueryid")!),
                        (string?)query.Element("LocalizedNames")?.Elements("LocalizedName").FirstOrDefault(l => (string?)l.Attribute("languagecode") == "1033")?.Attribute("description") ?? "",
                        (string?)query.Element("Descriptions")?.Elements("Description").FirstOrDefault(l => (string?)l.Attribute("languagecode") == "1033")?.Attribute("description"),
                        (int)query.Element("querytype")!,
                        (string?)query.Element("isdefault") == "1",
                        (string?)query.Element("isquickfindquery") == "1",
                        query.Element("fetchxml")!.Element("fetch")!,
                        query.Element("layoutxml")?.Element("grid")));
                }
            }
        }
        return views;
    }
}

/// <summary>One &lt;savedquery&gt; of Solution/.</summary>
internal sealed record ProductView(
    string Table, string File, Guid Id, string Name, string? Description, int QueryType, bool IsDefault, bool IsQuickFind,
    XElement Fetch, XElement? Grid)
{
    /// <summary>The FetchXML as the platform runs it; a quick find view's {0} becomes the search text.</summary>
    public string FetchXml(string quickFindText = "%")
        => Fetch.ToString(SaveOptions.DisableFormatting).Replace("{0}", quickFindText, StringComparison.Ordinal);

    public IEnumerable<string> FetchedColumns => Fetch.Element("entity")!.Elements("attribute").Select(a => (string)a.Attribute("name")!);

    public IEnumerable<string> LayoutColumns => Grid?.Element("row")?.Elements("cell").Select(c => (string)c.Attribute("name")!) ?? [];

    public override string ToString() => $"{Table} '{Name}' ({File})";
}

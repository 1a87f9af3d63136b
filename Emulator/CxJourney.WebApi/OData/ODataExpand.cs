using System;
using System.Collections.Generic;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.WebApi.OData;

/// <summary>
/// $expand of single-valued navigation properties (lookups), each with an optional nested
/// $select: <c>primarycontactid($select=fullname,emailaddress1),parentcustomerid_account</c>.
/// The query joins the related table with an outer join, so a row whose lookup is empty comes
/// back with the navigation property null. Collection-valued navigation properties, nested
/// $expand and the other nested options are not supported.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/join-tables
public static class ODataExpand
{
    public static IReadOnlyList<ExpandedNavigation> Parse(TableProperties properties, string expand, MetadataCatalog catalog)
    {
        var expansions = new List<ExpandedNavigation>();
        foreach (string item in SplitTopLevel(expand, ','))
        {
            string text = item.Trim();
            string name = text;
            string? options = null;
            int open = text.IndexOf('(');
            if (open >= 0)
            {
                if (!text.EndsWith(')')) throw new ODataException($"Syntax error in $expand '{expand}': unbalanced parentheses.");
                name = text[..open].Trim();
                options = text[(open + 1)..^1];
            }

            if (!properties.TryGetNavigation(name, out NavigationProperty? navigation))
            {
                if (IsCollectionValued(properties.Table, name, catalog))
                {
                    throw ODataException.NotSupported($"Expanding the collection-valued navigation property '{name}'");
                }

                throw ODataException.UnknownProperty(name, properties.Table.LogicalName);
            }

            string target = navigation.SingleTarget
                ?? throw ODataException.NotSupported($"Expanding '{name}', which can point at {string.Join(" or ", navigation.Targets)},");
            if (!catalog.TryGetTable(target, out TableMetadata? targetTable)) throw ODataException.NotSupported($"Expanding '{name}' to the unknown table '{target}'");
            TableProperties targetProperties = TableProperties.For(targetTable);
            IReadOnlyList<ColumnMetadata>? columns = null;
            if (!string.IsNullOrWhiteSpace(options))
            {
                foreach (string option in SplitTopLevel(options, ';'))
                {
                    int equals = option.IndexOf('=');
                    string key = equals < 0 ? option.Trim() : option[..equals].Trim();
                    if (key != "$select") throw ODataException.NotSupported($"The nested query option '{key}' in $expand");
                    columns = ODataSelect.Parse(targetProperties, option[(equals + 1)..]);
                }
            }

            expansions.Add(new ExpandedNavigation(navigation, targetProperties, columns));
        }

        return expansions;
    }

    private static bool IsCollectionValued(TableMetadata table, string name, MetadataCatalog catalog)
    {
        foreach (RelationshipMetadata relationship in catalog.RelationshipsReferencing(table.LogicalName))
        {
            if (string.Equals(relationship.SchemaName, name, StringComparison.Ordinal)) return true;
        }

        return catalog.TryGetRelationship(name, out RelationshipMetadata? manyToMany) && manyToMany.Kind == RelationshipKind.ManyToMany;
    }

    /// <summary>Splits on a separator outside parentheses and quotes.</summary>
    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        int depth = 0;
        bool quoted = false;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\'') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == separator && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        if (depth != 0 || quoted) throw new ODataException($"Syntax error in '{text}': unbalanced parentheses or quotes.");
        parts.Add(text[start..]);
        return parts;
    }
}

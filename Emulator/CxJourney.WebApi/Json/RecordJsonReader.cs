using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using CxJourney.WebApi.OData;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Json;

/// <summary>
/// Reads a create or update body into an Entity: structural properties by logical name, lookups
/// through their navigation property's @odata.bind ("/contacts(id)"; null clears the lookup).
/// A navigation property set to an object (single-valued) or an array (collection-valued) is a deep
/// insert: the related rows go into Entity.RelatedEntities, which the Create message creates in the
/// same operation and transaction (the SDK's deep insert: one pipeline for both).
/// As in Dataverse, navigation property names are case-sensitive (a custom lookup's schema name),
/// _x_value properties are read-only, and an unknown property fails the request.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#associate-table-rows-on-create
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api
internal static class RecordJsonReader
{
    private const string Bind = "@odata.bind";

    /// <param name="deepInsert">True for a create (POST): navigation properties may carry related rows to create.</param>
    public static Entity Read(TableProperties properties, JsonElement body, MetadataCatalog catalog, bool deepInsert = false)
    {
        if (body.ValueKind != JsonValueKind.Object) throw new ODataException("The request body must be a JSON object.");
        TableMetadata table = properties.Table;
        var entity = new Entity(table.LogicalName);
        foreach (JsonProperty property in body.EnumerateObject())
        {
            string name = property.Name;
            if (name.StartsWith('@')) continue;
            int at = name.IndexOf('@');
            if (at > 0)
            {
                if (name.EndsWith(Bind, StringComparison.Ordinal) && at == name.Length - Bind.Length)
                {
                    BindLookup(entity, properties, name[..at], property.Value, catalog);
                }

                // Other instance annotations (formatted values sent back, @odata.type) carry nothing to write.
                continue;
            }

            if (properties.TryGetStructural(name, out ColumnMetadata? column))
            {
                if (column.IsLookup)
                {
                    string hint = properties.NavigationNameFor(column, column.Targets.Count > 0 ? column.Targets[0] : column.LogicalName);
                    throw new ODataException($"The property '{name}' is read-only; set the lookup '{column.LogicalName}' with '{hint}@odata.bind'.");
                }

                object? value = JsonValues.FromJson(column, property.Value);
                entity[column.LogicalName] = value;
                if (column.LogicalName == table.PrimaryIdAttribute && value is Guid id) entity.Id = id;
                continue;
            }

            if (!deepInsert && (properties.TryGetNavigation(name, out _) || TryGetCollectionNavigation(table, name, catalog, out _)))
            {
                // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api
                throw ODataException.NotSupported($"Creating or updating related rows through '{name}' in an update (deep insert is for POST)");
            }

            if (properties.TryGetNavigation(name, out NavigationProperty? single))
            {
                NestSingle(entity, properties, single, property.Value, catalog);
                continue;
            }

            if (TryGetCollectionNavigation(table, name, catalog, out RelationshipMetadata? collection))
            {
                NestCollection(entity, collection, property.Value, catalog);
                continue;
            }

            throw new ODataException(
                $"The property '{name}' does not exist on type '{properties.TypeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.");
        }

        return entity;
    }

    // ---- deep insert: related rows in the body become the Entity's RelatedEntities, created with it in one operation
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#create-related-table-rows-in-one-operation

    /// <summary>A single-valued navigation property set to an object: the row its lookup will point at, created first.</summary>
    private static void NestSingle(Entity entity, TableProperties properties, NavigationProperty navigation, JsonElement value, MetadataCatalog catalog)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ODataException($"The value of the navigation property '{navigation.Name}' must be an object (a related row to create); bind an existing row with '{navigation.Name}{Bind}'.");
        }

        TableMetadata table = properties.Table;
        string? target = navigation.SingleTarget;
        RelationshipMetadata? relationship = target is null ? null : catalog.Relationships.FirstOrDefault(r => r.Kind == RelationshipKind.OneToMany
            && r.ReferencingTable == table.LogicalName && r.ReferencingAttribute == navigation.Column.LogicalName && r.ReferencedTable == target);
        if (relationship is null || !catalog.TryGetTable(target!, out TableMetadata? targetTable))
        {
            throw ODataException.NotSupported($"Creating a related row through '{navigation.Name}'");
        }

        Entity related = Read(TableProperties.For(targetTable), value, catalog, deepInsert: true);
        var key = new Relationship(relationship.SchemaName);
        if (relationship.ReferencedTable == relationship.ReferencingTable) key.PrimaryEntityRole = EntityRole.Referencing;
        entity.RelatedEntities[key] = new EntityCollection(new List<Entity> { related }) { EntityName = targetTable.LogicalName };
    }

    /// <summary>A collection-valued navigation property set to an array: rows created with the new row as their parent.</summary>
    private static void NestCollection(Entity entity, RelationshipMetadata relationship, JsonElement value, MetadataCatalog catalog)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ODataException($"The value of the collection-valued navigation property '{relationship.SchemaName}' must be an array of related rows to create.");
        }

        string childTable = relationship.Kind == RelationshipKind.OneToMany
            ? relationship.ReferencingTable!
            : relationship.FirstTable == entity.LogicalName ? relationship.SecondTable! : relationship.FirstTable!;
        TableProperties child = TableProperties.For(catalog.GetTable(childTable));
        var rows = new List<Entity>();
        foreach (JsonElement item in value.EnumerateArray()) rows.Add(Read(child, item, catalog, deepInsert: true));
        var key = new Relationship(relationship.SchemaName);
        if (relationship.Kind == RelationshipKind.OneToMany && relationship.ReferencedTable == relationship.ReferencingTable) key.PrimaryEntityRole = EntityRole.Referenced;
        entity.RelatedEntities[key] = new EntityCollection(rows) { EntityName = childTable };
    }

    /// <summary>
    /// The collection-valued navigation properties of a table: each one-to-many relationship it is the
    /// parent of, and each many-to-many relationship it is in, named (case-sensitively) by the relationship's schema name.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-navigation-properties#collection-valued-navigation-properties
    private static bool TryGetCollectionNavigation(TableMetadata table, string name, MetadataCatalog catalog, [NotNullWhen(true)] out RelationshipMetadata? relationship)
    {
        relationship = catalog.TryGetRelationship(name, out RelationshipMetadata? found) && string.Equals(found.SchemaName, name, StringComparison.Ordinal)
            && (found.Kind == RelationshipKind.OneToMany
                ? found.ReferencedTable == table.LogicalName && found.ReferencingTable is not null && catalog.ContainsTable(found.ReferencingTable)
                : found.FirstTable == table.LogicalName || found.SecondTable == table.LogicalName)
            ? found
            : null;
        return relationship is not null;
    }

    private static void BindLookup(Entity entity, TableProperties properties, string navigationName, JsonElement value, MetadataCatalog catalog)
    {
        if (!properties.TryGetNavigation(navigationName, out NavigationProperty? navigation))
        {
            // The OData library's wording when the name before @odata.bind is not a navigation property (often a lower-cased schema name).
            throw new ODataException(
                $"An undeclared property '{navigationName}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.");
        }

        string column = navigation.Column.LogicalName;
        if (value.ValueKind == JsonValueKind.Null)
        {
            entity[column] = null;
            return;
        }

        if (value.ValueKind != JsonValueKind.String) throw new ODataException($"The value of '{navigationName}{Bind}' must be a URL such as /<entity set>(<id>).");
        ResourcePath path = ResourcePath.ParseReference(value.GetString()!);
        if (!catalog.TryGetTableByEntitySetName(path.EntitySet, out TableMetadata? target)) throw ODataException.UnknownSegment(path.EntitySet);
        if (!navigation.AcceptsTarget(target.LogicalName))
        {
            throw new ODataException(
                $"The navigation property '{navigationName}' of '{properties.TypeName}' cannot point at a '{target.LogicalName}'; it points at {string.Join(", ", navigation.Targets)}.");
        }

        var reference = new EntityReference(target.LogicalName, path.Id ?? Guid.Empty);
        if (path.Keys is not null)
        {
            foreach (KeyValuePair<string, object> key in path.Keys) reference.KeyAttributes[key.Key] = key.Value;
        }

        entity[column] = reference;
    }
}

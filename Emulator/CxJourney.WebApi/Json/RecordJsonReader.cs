using System;
using System.Collections.Generic;
using System.Text.Json;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.WebApi.OData;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Json;

/// <summary>
/// Reads a create or update body into an Entity: structural properties by logical name, lookups
/// through their navigation property's @odata.bind ("/contacts(id)"; null clears the lookup).
/// As in Dataverse, navigation property names are case-sensitive (a custom lookup's schema name),
/// _x_value properties are read-only, and an unknown property fails the request.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#associate-table-rows-on-create
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api
internal static class RecordJsonReader
{
    private const string Bind = "@odata.bind";

    public static Entity Read(TableProperties properties, JsonElement body, MetadataCatalog catalog)
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

            if (properties.TryGetNavigation(name, out _)) throw ODataException.NotSupported($"Deep insert through '{name}'");
            throw new ODataException(
                $"The property '{name}' does not exist on type '{properties.TypeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.");
        }

        return entity;
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

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CxJourney.SolutionModel.Metadata;
using CxJourney.WebApi.Json;
using CxJourney.WebApi.OData;

namespace CxJourney.WebApi.Http;

/// <summary>
/// The few table definition properties a client needs to address records, the way Dataverse
/// serves them: <c>EntityDefinitions(LogicalName='contact')</c> or the whole <c>EntityDefinitions</c>
/// collection, each with LogicalName, SchemaName, EntitySetName, PrimaryIdAttribute,
/// PrimaryNameAttribute and ObjectTypeCode ($select is accepted; those six are always returned).
/// Other query options are not supported. A missing table is 404 ObjectDoesNotExist (0x80040217);
/// the code Dataverse uses there is not documented.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api
internal static class EntityDefinitions
{
    public const string SetName = "EntityDefinitions";

    /// <summary>EntityDefinitions(LogicalName='x')/Keys: the table's alternate keys and their index status.</summary>
    public const string KeysSegment = "Keys";

    public static Task GetAsync(WebApiRequest request, ResourcePath path)
    {
        if (request.Query.HasQueryOptions || request.Query.Expand is not null || request.Query.FetchXml is not null)
        {
            throw ODataException.NotSupported("A query option other than $select on EntityDefinitions");
        }

        if (!path.HasKey)
        {
            var records = new List<ShapedRecord>();
            foreach (TableMetadata table in request.Catalog.Tables) records.Add(Shape(table));
            return request.WriteJsonAsync(200, ODataJsonWriter.Collection(request.MetadataContext(SetName), records, Annotations.None));
        }

        if (path.Keys is not [{ Key: "LogicalName", Value: string logicalName }])
        {
            throw ODataException.NotSupported("Addressing a table definition other than by EntityDefinitions(LogicalName='...')");
        }

        if (!request.Catalog.TryGetTable(logicalName, out TableMetadata? found))
        {
            throw new ODataException($"Could not find an entity with the logical name '{logicalName}'.", 404, ODataErrors.CodeOf(CxJourney.Emulator.Faults.ErrorCodes.ObjectDoesNotExist));
        }

        if (path.Rest == KeysSegment) return request.WriteJsonAsync(200, Keys(request, found));
        return request.WriteJsonAsync(200, ODataJsonWriter.Record(request.MetadataContext(SetName + "/$entity"), Shape(found), Annotations.None));
    }

    /// <summary>
    /// The keys with LogicalName, SchemaName, KeyAttributes and EntityKeyIndexStatus. The local
    /// organization builds a key's index when the table is created, so every key is "Active" (2);
    /// in Dataverse a key is Pending or InProgress until its index job finishes, or Failed.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/entitykeyindexstatus
    // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
    private static byte[] Keys(WebApiRequest request, TableMetadata table)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("@odata.context", request.MetadataContext($"{SetName}('{table.LogicalName}')/Keys"));
            writer.WriteStartArray("value");
            foreach (AlternateKeyMetadata key in table.AlternateKeys)
            {
                writer.WriteStartObject();
                writer.WriteString("LogicalName", key.LogicalName);
                writer.WriteString("SchemaName", key.SchemaName);
                writer.WriteString("EntityLogicalName", table.LogicalName);
                writer.WriteStartArray("KeyAttributes");
                foreach (string column in key.KeyAttributes) writer.WriteStringValue(column);
                writer.WriteEndArray();
                writer.WriteString("EntityKeyIndexStatus", "Active");
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static ShapedRecord Shape(TableMetadata table)
    {
        var record = new ShapedRecord();
        record.Properties.Add(new ShapedProperty("LogicalName", table.LogicalName));
        record.Properties.Add(new ShapedProperty("SchemaName", table.SchemaName));
        record.Properties.Add(new ShapedProperty("EntitySetName", table.EntitySetName));
        record.Properties.Add(new ShapedProperty("PrimaryIdAttribute", table.PrimaryIdAttribute));
        record.Properties.Add(new ShapedProperty("PrimaryNameAttribute", table.PrimaryNameAttribute));
        record.Properties.Add(new ShapedProperty("ObjectTypeCode", table.ObjectTypeCode is int code ? code : null));
        return record;
    }
}

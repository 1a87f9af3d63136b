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

        return request.WriteJsonAsync(200, ODataJsonWriter.Record(request.MetadataContext(SetName + "/$entity"), Shape(found), Annotations.None));
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

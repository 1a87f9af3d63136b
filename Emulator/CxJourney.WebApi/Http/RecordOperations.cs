using System;
using System.Collections.Generic;
using System.ServiceModel;
using System.Text.Json;
using System.Threading.Tasks;
using CxJourney.Emulator.Faults;
using CxJourney.SolutionModel.Metadata;
using CxJourney.WebApi.Json;
using CxJourney.WebApi.OData;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.WebApi.Http;

/// <summary>
/// One record: GET (Retrieve, with $select and $expand), POST on the set (Create), PATCH (Update,
/// or Upsert when no If-Match / If-None-Match says otherwise), DELETE. Every write is the SDK
/// request the organization service runs, so it goes through the same pipeline as SDK calls.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
internal static class RecordOperations
{
    public static Task GetAsync(WebApiRequest request, TableMetadata table, ResourcePath path)
    {
        RejectCollectionOptions(request.Query);
        Projection projection = ODataQueryTranslator.ProjectionOf(TableProperties.For(table), request.Query.Select, request.Query.Expand, request.Catalog);
        ShapedRecord record = Retrieve(request, table, ReferenceOf(table, path), projection);

        // A GET whose If-None-Match names the current version has nothing new to send.
        if (record.ETag is not null && request.Header("If-None-Match") == record.ETag)
        {
            request.WriteNoContent(StatusCodes.Status304NotModified);
            return Task.CompletedTask;
        }

        request.ApplyAnnotationPreference();
        string context = request.MetadataContext(ContextUrls.Of(table, projection, single: true));
        return request.WriteJsonAsync(200, ODataJsonWriter.Record(context, record, request.Annotations));
    }

    public static async Task CreateAsync(WebApiRequest request, TableMetadata table)
    {
        // Nested rows in the body are a deep insert: one Create with RelatedEntities, all or nothing.
        Entity entity = await ReadBodyAsync(request, table, deepInsert: true);
        var response = (CreateResponse)request.Service.Execute(new CreateRequest { Target = entity });
        await RespondWrittenAsync(request, table, response.id, created: true);
    }

    public static async Task UpdateAsync(WebApiRequest request, TableMetadata table, ResourcePath path)
    {
        Entity entity = await ReadBodyAsync(request, table);
        if (path.Id is Guid id)
        {
            if (entity.Id != Guid.Empty && entity.Id != id)
            {
                throw new ODataException($"The id {entity.Id:D} in the body does not match the id {id:D} in the URL.");
            }

            entity.Id = id;
            entity[table.PrimaryIdAttribute] = id;
        }
        else
        {
            foreach (KeyValuePair<string, object> key in path.Keys!) entity.KeyAttributes[key.Key] = key.Value;
        }

        string? ifMatch = request.Header("If-Match");
        string? ifNoneMatch = request.Header("If-None-Match");
        bool created;
        if (ifNoneMatch == "*")
        {
            // Create only: an existing record fails the precondition (412).
            foreach (KeyValuePair<string, object?> key in entity.KeyAttributes)
            {
                if (!entity.Contains(key.Key)) entity[key.Key] = key.Value;
            }

            var response = (CreateResponse)request.Service.Execute(new CreateRequest { Target = entity });
            entity.Id = response.id;
            created = true;
        }
        else if (ifMatch is not null)
        {
            // Update only: a missing record is 404; a version that no longer matches is 412.
            var update = new UpdateRequest { Target = entity };
            if (ifMatch != "*")
            {
                entity.RowVersion = VersionOf(ifMatch);
                update.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
            }

            request.Service.Execute(update);
            created = false;
        }
        else
        {
            var response = (UpsertResponse)request.Service.Execute(new UpsertRequest { Target = entity });
            entity.Id = response.Target.Id;
            created = response.RecordCreated;
        }

        Guid written = entity.Id != Guid.Empty ? entity.Id : Resolve(request, table, path);
        await RespondWrittenAsync(request, table, written, created);
    }

    public static void Delete(WebApiRequest request, TableMetadata table, ResourcePath path)
    {
        EntityReference target = ReferenceOf(table, path);
        var delete = new DeleteRequest { Target = target };
        if (request.Header("If-Match") is string ifMatch && ifMatch != "*")
        {
            target.RowVersion = VersionOf(ifMatch);
            delete.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
        }

        request.Service.Execute(delete);
        request.WriteNoContent();
    }

    /// <summary>The record as the Web API returns it: selected columns, expanded lookups, etag.</summary>
    public static ShapedRecord Retrieve(WebApiRequest request, TableMetadata table, EntityReference target, Projection projection)
    {
        ColumnSet columns = ODataQueryTranslator.ColumnsOf(table, projection.Columns);
        foreach (ExpandedNavigation expansion in projection.Expansions)
        {
            // The lookup is read to follow it even when $select leaves it out; the response shows only what was selected.
            string lookup = expansion.Navigation.Column.LogicalName;
            if (!columns.AllColumns && !columns.Columns.Contains(lookup)) columns.AddColumn(lookup);
        }

        var response = (RetrieveResponse)request.Service.Execute(new RetrieveRequest { Target = target, ColumnSet = columns });
        Entity entity = response.Entity;
        foreach (ExpandedNavigation expansion in projection.Expansions)
        {
            if (entity.GetAttributeValue<EntityReference>(expansion.Navigation.Column.LogicalName) is not EntityReference lookup
                || !expansion.Navigation.AcceptsTarget(lookup.LogicalName))
            {
                continue;
            }

            Entity? related = TryRetrieve(request, lookup, ODataQueryTranslator.ColumnsOf(expansion.Target.Table, expansion.Columns));
            if (related is null) continue;
            foreach (KeyValuePair<string, object?> attribute in related.Attributes)
            {
                entity.Attributes[expansion.Navigation.Name + "." + attribute.Key] = attribute.Value;
            }
        }

        return RecordShaper.Shape(projection, entity);
    }

    private static Entity? TryRetrieve(WebApiRequest request, EntityReference target, ColumnSet columns)
    {
        try
        {
            return ((RetrieveResponse)request.Service.Execute(new RetrieveRequest { Target = target, ColumnSet = columns })).Entity;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == ErrorCodes.ObjectDoesNotExist)
        {
            return null;
        }
    }

    private static async Task RespondWrittenAsync(WebApiRequest request, TableMetadata table, Guid id, bool created)
    {
        request.Http.Response.Headers["OData-EntityId"] = request.EntityUri(table, id);
        if (!request.Preferences.ReturnRepresentation)
        {
            request.WriteNoContent();
            return;
        }

        Projection projection = ODataQueryTranslator.ProjectionOf(TableProperties.For(table), request.Query.Select, request.Query.Expand, request.Catalog);
        ShapedRecord record = Retrieve(request, table, new EntityReference(table.LogicalName, id), projection);
        request.AddPreferenceApplied("return=representation");
        request.ApplyAnnotationPreference();
        string context = request.MetadataContext(ContextUrls.Of(table, projection, single: true));
        await request.WriteJsonAsync(created ? StatusCodes.Status201Created : StatusCodes.Status200OK, ODataJsonWriter.Record(context, record, request.Annotations));
    }

    /// <summary>A body nested deeper than a record can be is refused by the parser, not walked.</summary>
    private static readonly JsonDocumentOptions BodyOptions = new() { MaxDepth = 32 };

    private static async Task<Entity> ReadBodyAsync(WebApiRequest request, TableMetadata table, bool deepInsert = false)
    {
        using JsonDocument body = await JsonDocument.ParseAsync(request.Http.Request.Body, BodyOptions);
        try
        {
            return RecordJsonReader.Read(TableProperties.For(table), body.RootElement, request.Catalog, deepInsert);
        }
        catch (InvalidOperationException error)
        {
            // System.Text.Json validates a string's text only when it is read: an escaped lone UTF-16
            // surrogate ("\ud800") or bytes that are not UTF-8 surface here, and are the caller's fault.
            throw new ODataException("The request body is not valid JSON text: " + error.Message);
        }
    }

    private static Guid Resolve(WebApiRequest request, TableMetadata table, ResourcePath path)
    {
        var response = (RetrieveResponse)request.Service.Execute(new RetrieveRequest
        {
            Target = ReferenceOf(table, path),
            ColumnSet = new ColumnSet(table.PrimaryIdAttribute),
        });
        return response.Entity.Id;
    }

    public static EntityReference ReferenceOf(TableMetadata table, ResourcePath path)
    {
        if (path.Id is Guid id) return new EntityReference(table.LogicalName, id);
        var reference = new EntityReference { LogicalName = table.LogicalName };
        foreach (KeyValuePair<string, object> key in path.Keys!) reference.KeyAttributes[key.Key] = key.Value;
        return reference;
    }

    /// <summary>The row version in an etag: W/"12345" → 12345.</summary>
    private static string VersionOf(string etag)
    {
        string value = etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
        return value.Trim('"');
    }

    private static void RejectCollectionOptions(ODataQueryOptions options)
    {
        if (options.HasQueryOptions || options.FetchXml is not null)
        {
            throw new ODataException("Only $select and $expand apply to a single record; $filter, $orderby, $top, $count, $skiptoken and fetchXml apply to a collection.");
        }
    }
}

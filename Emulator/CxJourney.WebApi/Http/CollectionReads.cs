using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using CxJourney.SolutionModel.Metadata;
using CxJourney.WebApi.Json;
using CxJourney.WebApi.OData;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.WebApi.Http;

/// <summary>
/// GET on an entity set: the OData query options become one QueryExpression, or the fetchXml
/// parameter one FetchExpression, and RetrieveMultiple runs it through the organization service
/// (the same evaluator and pipeline as every other query). Pages of odata.maxpagesize rows link
/// to the next with @odata.nextLink.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-fetchxml-web-api
internal static class CollectionReads
{
    public static Task GetAsync(WebApiRequest request, TableMetadata table)
    {
        return request.Query.FetchXml is string fetchXml ? FetchAsync(request, table, fetchXml) : QueryAsync(request, table);
    }

    private static Task QueryAsync(WebApiRequest request, TableMetadata table)
    {
        TableProperties properties = TableProperties.For(table);
        ODataQueryOptions options = request.Query;
        TranslatedQuery translated = ODataQueryTranslator.Translate(properties, options, request.Catalog, request.Preferences.MaxPageSize);
        EntityCollection result = request.Service.RetrieveMultiple(translated.Query);

        var records = new List<ShapedRecord>(result.Entities.Count);
        foreach (Entity entity in result.Entities) records.Add(RecordShaper.Shape(translated.Projection, entity));

        long? count = null;
        var annotations = new List<KeyValuePair<string, object?>>();
        if (options.Count)
        {
            count = result.TotalRecordCount >= 0 ? result.TotalRecordCount : result.Entities.Count;
            if (request.Annotations.Includes(Annotations.TotalRecordCount)) annotations.Add(new(Annotations.TotalRecordCount, count));
            if (request.Annotations.Includes(Annotations.TotalRecordCountLimitExceeded))
            {
                annotations.Add(new(Annotations.TotalRecordCountLimitExceeded, result.TotalRecordCountLimitExceeded));
            }
        }

        string? nextLink = null;
        if (translated.IsPaged && result.MoreRecords)
        {
            string token = SkipToken.Create(translated.PageNumber + 1, result.PagingCookie);
            nextLink = request.ApiUri + table.EntitySetName + options.ToQueryString("$skiptoken", token);
        }

        if (translated.IsPaged && request.Preferences.MaxPageSize is int size && size <= ODataQueryTranslator.MaxPageSize)
        {
            request.AddPreferenceApplied("odata.maxpagesize=" + size);
        }

        request.ApplyAnnotationPreference();
        string context = request.MetadataContext(ContextUrls.Of(table, translated.Projection, single: false));
        return request.WriteJsonAsync(200, ODataJsonWriter.Collection(context, records, request.Annotations, count, nextLink, annotations));
    }

    private static Task FetchAsync(WebApiRequest request, TableMetadata table, string fetchXml)
    {
        XDocument document;
        try
        {
            document = CxJourney.Emulator.Query.SafeXml.ParseDocument(fetchXml);
        }
        catch (XmlException error)
        {
            throw new ODataException("The fetchXml parameter is not well-formed XML: " + error.Message);
        }

        XElement? entity = document.Root?.Element("entity");
        string? entityName = (string?)entity?.Attribute("name");
        if (entity is null || document.Root!.Name.LocalName != "fetch")
        {
            throw new ODataException("The fetchXml parameter must be a <fetch> element with one <entity>.");
        }

        if (!string.Equals(entityName, table.LogicalName, StringComparison.Ordinal))
        {
            throw new ODataException($"The entity '{entityName}' of the FetchXml does not match the entity set '{table.EntitySetName}' ({table.LogicalName}).");
        }

        bool versionInjected = InjectVersion(document.Root, entity, table);
        EntityCollection result = request.Service.RetrieveMultiple(new FetchExpression(document.ToString(SaveOptions.DisableFormatting)));

        TableProperties properties = TableProperties.For(table);
        var records = new List<ShapedRecord>(result.Entities.Count);
        foreach (Entity row in result.Entities) records.Add(RecordShaper.ShapeFetch(properties, row, request.Catalog, versionInjected));

        var annotations = new List<KeyValuePair<string, object?>>();
        if (result.TotalRecordCount >= 0 && request.Annotations.Includes(Annotations.TotalRecordCount))
        {
            annotations.Add(new(Annotations.TotalRecordCount, (long)result.TotalRecordCount));
            if (request.Annotations.Includes(Annotations.TotalRecordCountLimitExceeded))
            {
                annotations.Add(new(Annotations.TotalRecordCountLimitExceeded, result.TotalRecordCountLimitExceeded));
            }
        }

        if (result.MoreRecords && result.PagingCookie is not null && request.Annotations.Includes(Annotations.FetchXmlPagingCookie))
        {
            int page = int.TryParse((string?)document.Root.Attribute("page"), out int current) && current > 0 ? current : 1;
            annotations.Add(new(Annotations.FetchXmlPagingCookie, SkipToken.Create(page + 1, result.PagingCookie, encodings: 2)));
        }

        if (request.Annotations.Includes(Annotations.MoreRecords)) annotations.Add(new(Annotations.MoreRecords, result.MoreRecords));

        request.ApplyAnnotationPreference();
        string context = request.MetadataContext(table.EntitySetName);
        return request.WriteJsonAsync(200, ODataJsonWriter.Collection(context, records, request.Annotations, null, null, annotations));
    }

    /// <summary>
    /// Reads versionnumber too, for @odata.etag, when the query names its columns, is not an
    /// aggregate and is not distinct (an extra column would change which rows are distinct).
    /// </summary>
    private static bool InjectVersion(XElement fetch, XElement entity, TableMetadata table)
    {
        bool aggregate = string.Equals((string?)fetch.Attribute("aggregate"), "true", StringComparison.OrdinalIgnoreCase);
        bool distinct = string.Equals((string?)fetch.Attribute("distinct"), "true", StringComparison.OrdinalIgnoreCase);
        List<XElement> attributes = entity.Elements("attribute").ToList();
        if (aggregate || distinct || attributes.Count == 0 || entity.Element("all-attributes") is not null) return false;
        if (!table.HasColumn(ODataQueryTranslator.VersionNumber)) return false;
        if (attributes.Any(a => (string?)a.Attribute("name") == ODataQueryTranslator.VersionNumber)) return false;
        attributes[^1].AddAfterSelf(new XElement("attribute", new XAttribute("name", ODataQueryTranslator.VersionNumber)));
        return true;
    }
}

using System;
using CxJourney.Emulator.Query;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Messages;

/// <summary>RetrieveMultiple: hands the query (QueryExpression, QueryByAttribute or FetchXML) to the one query evaluator.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-query-data
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public RetrieveMultipleHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "RetrieveMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        QueryBase query = RequestParameters.Required<QueryBase>(request, "Query");
        Guid? businessUnit = _core.Store.ValueOf<EntityReference>("systemuser", context.UserId, "businessunitid")?.Id;
        // Rows the user may not read are left out, not faulted: in the root table and in every link-entity.
        // https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts
        Func<string, Func<RowView, bool>>? readable = _core.Access.ReadFilter(context);

        // A top-level query of a user whom no row filter limits runs without the organization's lock
        // (see ReadOutsideLock), so a long one does not stall other requests; a filtered one reads
        // security data as it goes and stays under the lock.
        EntityCollection result = readable is null
            ? _core.Store.ReadOutsideLock(rows => new QueryEvaluator(rows, _core.Catalog, _core.Clock, context.UserId, businessUnit).Execute(query))
            : new QueryEvaluator(_core.Store, _core.Catalog, _core.Clock, context.UserId, businessUnit) { ReadableRows = readable }.Execute(query);
        if (_core.TryTable(result.EntityName, out SolutionModel.Metadata.TableMetadata table))
        {
            foreach (Entity row in result.Entities) _core.Access.MaskColumns(context, table, row);
        }
        RetrieveMultipleResponse response = RequestParameters.Response<RetrieveMultipleResponse>(MessageName);
        response.Results["EntityCollection"] = result;
        return response;
    }
}

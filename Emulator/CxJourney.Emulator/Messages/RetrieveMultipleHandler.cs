using System;
using CxJourney.Emulator.Query;
using CxJourney.Emulator.Requests;
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
        Guid? businessUnit = _core.Store.Find("systemuser", context.UserId)?.GetAttributeValue<EntityReference>("businessunitid")?.Id;
        var evaluator = new QueryEvaluator(_core.Store, _core.Catalog, _core.Clock, context.UserId, businessUnit)
        {
            // Rows the user may not read are left out, not faulted: in the root table and in every link-entity.
            // https://learn.microsoft.com/power-apps/developer/data-platform/security-concepts
            ReadableRows = _core.Access.ReadFilter(context),
        };
        EntityCollection result = evaluator.Execute(query);
        if (_core.TryTable(result.EntityName, out SolutionModel.Metadata.TableMetadata table))
        {
            foreach (Entity row in result.Entities) _core.Access.MaskColumns(context, table, row);
        }
        RetrieveMultipleResponse response = RequestParameters.Response<RetrieveMultipleResponse>(MessageName);
        response.Results["EntityCollection"] = result;
        return response;
    }
}

using System;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Messages;

/// <summary>Retrieve: one row by id or alternate key, with the requested columns.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-retrieve
internal sealed class RetrieveHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public RetrieveHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Retrieve";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        EntityReference target = RequestParameters.Required<EntityReference>(request, "Target");
        ColumnSet columns = RequestParameters.Required<ColumnSet>(request, "ColumnSet");
        if (request.Parameters.TryGetValue("RelatedEntitiesQuery", out object? related) && related is System.Collections.ICollection { Count: > 0 })
        {
            throw Fault.Create(ErrorCodes.NotSupported, "Retrieve with RelatedEntitiesQuery is not supported by the local organization; query the related rows with RetrieveMultiple.");
        }

        TableMetadata table = _core.Table(target.LogicalName);
        Guid id = target.Id;
        if (id == Guid.Empty && target.KeyAttributes.Count > 0)
        {
            id = _core.FindByKey(table, target.KeyAttributes) ?? throw RecordFaults.RecordNotFoundByKey(table.LogicalName);
        }
        Entity stored = _core.Store.Find(table.LogicalName, id) ?? throw RecordFaults.RecordNotFound(table.LogicalName, id);

        _core.Access.Demand(context, table, stored, Security.AccessRights.ReadAccess);

        RetrieveResponse response = RequestParameters.Response<RetrieveResponse>(MessageName);
        Entity entity = _core.Reader.Project(table, stored, columns);
        _core.Access.MaskColumns(context, table, entity);
        response.Results["Entity"] = entity;
        return response;
    }
}

using System;
using System.Collections.Generic;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// Upsert: finds the row by Id, else by the target's alternate key values; updates it (without
/// the key values) when found, else creates it (with the key values copied into the columns the
/// target does not already set). The Create or Update runs as an inner message.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
internal sealed class UpsertHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public UpsertHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "Upsert";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        Entity target = RequestParameters.Required<Entity>(request, "Target");
        TableMetadata table = _core.Table(target.LogicalName);
        RequestContext inner = context.ForInnerRequest(MessageName);

        Guid id = RecordWriter.IdOf(table, target);
        Guid? existing = id != Guid.Empty
            ? (_core.Store.Contains(table.LogicalName, id) ? id : null)
            : target.KeyAttributes.Count > 0 ? _core.FindByKey(table, target.KeyAttributes) : null;

        Entity data = RowCopy.Clone(target);
        bool created;
        if (existing is Guid foundId)
        {
            data.Id = foundId;
            foreach (KeyValuePair<string, object?> key in target.KeyAttributes) data.Attributes.Remove(key.Key);
            _core.Processor.Execute(new UpdateRequest { Target = data }, inner);
            id = foundId;
            created = false;
        }
        else
        {
            foreach (KeyValuePair<string, object?> key in target.KeyAttributes)
            {
                if (!data.Contains(key.Key)) data[key.Key] = key.Value;
            }
            data.Id = id;
            var response = (CreateResponse)_core.Processor.Execute(new CreateRequest { Target = data }, inner);
            id = response.id;
            created = true;
        }

        UpsertResponse result = RequestParameters.Response<UpsertResponse>(MessageName);
        result.Results["RecordCreated"] = created;
        result.Results["Target"] = new EntityReference(table.LogicalName, id);
        return result;
    }
}

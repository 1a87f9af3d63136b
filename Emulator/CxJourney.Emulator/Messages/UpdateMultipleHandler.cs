using System;
using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// UpdateMultiple: updates each target (each an inner Update), all or none. Targets naming a row already
/// named earlier in the payload (by primary key or by the same alternate-key values) are ignored: the
/// operation applies the first of them only, unlike UpsertMultiple.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations
// https://learn.microsoft.com/power-apps/developer/data-platform/bulk-operations#duplicate-records-in-updatemultiple-targets-parameter
internal sealed class UpdateMultipleHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    public UpdateMultipleHandler(OrganizationCore core) { _core = core; }

    public string MessageName => "UpdateMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        IReadOnlyList<Entity> targets = MultipleTargets.Read(request);
        if (MultipleTargets.TableOf(request, targets) is string table) MessageAvailability.Require(MessageName, _core.Table(table));
        ConcurrencyBehavior concurrency = RequestParameters.Concurrency(request);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (Entity target in targets)
        {
            if (!seen.Add(IdentityOf(target))) continue;
            _core.Processor.Execute(new UpdateRequest { Target = target, ConcurrencyBehavior = concurrency }, context.ForInnerRequest(MessageName));
        }
        return RequestParameters.Response<UpdateMultipleResponse>(MessageName);
    }

    /// <summary>What identifies the row a target updates: its id, or its key attribute values in name order.</summary>
    private string IdentityOf(Entity target)
    {
        Guid id = target.Id;
        if (id == Guid.Empty && _core.TryTable(target.LogicalName, out CxJourney.SolutionModel.Metadata.TableMetadata table)
            && target.Attributes.TryGetValue(table.PrimaryIdAttribute, out object? value) && value is Guid attributeId)
        {
            id = attributeId;
        }

        if (id != Guid.Empty) return id.ToString("N");
        var parts = new List<string>();
        foreach (KeyValuePair<string, object?> key in target.KeyAttributes)
        {
            parts.Add(key.Key + "=" + System.Convert.ToString(key.Value is EntityReference reference ? reference.Id : key.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        parts.Sort(System.StringComparer.Ordinal);
        // A target with neither id nor keys fails in its own Update; it never counts as a duplicate.
        return parts.Count == 0 ? Guid.NewGuid().ToString("N") : string.Join("|", parts);
    }
}

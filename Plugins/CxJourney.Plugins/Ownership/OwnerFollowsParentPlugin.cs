using System;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Ownership;

/// <summary>
/// Pre-operation of Create on the CX tables: a new row takes the owner of the record it belongs to
/// (<see cref="OwnershipParents"/>), whoever writes it. Capture writes as SYSTEM, and a row SYSTEM owns
/// sits in the root business unit, where no agent's business-unit read reaches it. Reassigning the
/// parent later moves its rows through the parental relationships' CascadeAssign, with no plug-in.
/// Cost: one Retrieve of the parent's owner per row created; none when the row has no parent or the
/// writer set an owner other than itself.
/// </summary>
public sealed class OwnerFollowsParentPlugin : PluginBase
{
    public OwnerFollowsParentPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (!(execution.InputParameters.TryGetValue("Target", out var value) && value is Entity target)) return;
        // An owner the writer chose (not itself) stands: a writer that already knows the parent's owner saves the read.
        if (target.GetAttributeValue<EntityReference>(OwnershipParents.OwnerColumn) is { } given && given.Id != execution.UserId && given.Id != Guid.Empty)
        {
            context.Trace($"{target.LogicalName}: owner {given.LogicalName} {given.Id} set by the writer");
            return;
        }
        var parent = OwnershipParents.ParentOf(target);
        if (parent == null)
        {
            context.Trace($"{target.LogicalName}: no parent record, the owner stays as created");
            return;
        }

        var owner = context.SystemService
            .Retrieve(parent.LogicalName, parent.Id, new ColumnSet(ContactColumns.OwnerId))
            .GetAttributeValue<EntityReference>(ContactColumns.OwnerId);
        if (owner == null || owner.Id == Guid.Empty) return;
        target[OwnershipParents.OwnerColumn] = new EntityReference(owner.LogicalName, owner.Id);
        context.Trace($"{target.LogicalName}: owned by the {parent.LogicalName}'s owner {owner.LogicalName} {owner.Id}");
    }
}

using System;
using System.Collections.Generic;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// Which referencing rows a cascading action (Assign, Share, Unshare, Reparent) reaches through a
/// one-to-many relationship: the rows whose lookup points at the parent, narrowed by the rule:
/// Cascade all of them, Active those in the table's first (active) state, UserOwned those owned by
/// the given owner; NoCascade (and the delete-only rules) none.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
internal static class CascadeScope
{
    public static bool Cascades(CascadeRule rule) => rule is CascadeRule.Cascade or CascadeRule.Active or CascadeRule.UserOwned;

    /// <summary>The rows of <paramref name="childTable"/> whose <paramref name="column"/> points at the parent row.</summary>
    public static List<Entity> Children(OrganizationCore core, TableMetadata childTable, string column, string parentTable, Guid parentId)
    {
        var children = new List<Entity>();
        foreach (Entity child in core.Store.FindByIndex(childTable.LogicalName, column, parentId) ?? Array.Empty<Entity>())
        {
            if (child.GetAttributeValue<EntityReference>(column)?.LogicalName == parentTable) children.Add(child);
        }

        return children;
    }

    /// <summary>Whether the rule reaches this child; UserOwned compares its owner with <paramref name="owner"/>.</summary>
    public static bool Applies(CascadeRule rule, TableMetadata table, Entity child, EntityReference? owner) => rule switch
    {
        CascadeRule.Active => !table.HasStates || child.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value == table.States[0].Value,
        CascadeRule.UserOwned => owner is not null && child.GetAttributeValue<EntityReference>(SystemColumns.OwnerId)?.Id == owner.Id,
        CascadeRule.Cascade => true,
        _ => false,
    };
}

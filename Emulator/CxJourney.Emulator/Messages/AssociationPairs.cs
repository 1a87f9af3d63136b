using System;
using System.Collections.Generic;
using CxJourney.Emulator.Records;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>The (first, second) id pairs a many-to-many Associate/Disassociate names, whichever side the target is on.</summary>
internal static class ManyToManyPairs
{
    public static IEnumerable<(Guid First, Guid Second)> Of(OrganizationCore core, AssociationTargets targets, ManyToManyLinks links)
    {
        bool targetIsFirst = targets.Target.LogicalName == links.FirstTable;
        if (!targetIsFirst && targets.Target.LogicalName != links.SecondTable) throw targets.NotPartOfRelationship(targets.Target.LogicalName);
        Guid targetId = core.ResolveReference(targets.Target);
        var pairs = new List<(Guid, Guid)>();
        foreach (EntityReference related in targets.Related)
        {
            string expected = targetIsFirst ? links.SecondTable : links.FirstTable;
            if (related.LogicalName != expected) throw targets.NotPartOfRelationship(related.LogicalName);
            Guid relatedId = core.ResolveReference(related);
            pairs.Add(targetIsFirst ? (targetId, relatedId) : (relatedId, targetId));
        }
        return pairs;
    }
}

/// <summary>The (referencing row, referenced row) pairs a one-to-many Associate/Disassociate names, from either side.</summary>
internal static class OneToManyPairs
{
    public static IEnumerable<(EntityReference Child, EntityReference Parent)> Of(OrganizationCore core, AssociationTargets targets)
    {
        RelationshipMetadata relationship = targets.Relationship;
        var pairs = new List<(EntityReference, EntityReference)>();
        foreach (EntityReference related in targets.Related)
        {
            if (targets.Target.LogicalName == relationship.ReferencedTable && related.LogicalName == relationship.ReferencingTable)
            {
                pairs.Add((related, targets.Target));
            }
            else if (targets.Target.LogicalName == relationship.ReferencingTable && related.LogicalName == relationship.ReferencedTable)
            {
                pairs.Add((targets.Target, related));
            }
            else
            {
                throw targets.NotPartOfRelationship(related.LogicalName);
            }
        }
        return pairs;
    }
}

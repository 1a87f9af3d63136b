using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Ownership;

/// <summary>
/// Whose owner each CX row takes: the one record whose parental relationship cascades Assign to it
/// (Solution/Other/Relationships: contact → journey, touchpoint, feedback; incident → case score), so the
/// owner set at create and the owner kept by the cascade are the same. Anonymous feedback (no contact)
/// takes its case's owner; a row with neither keeps the owner it was created with.
/// </summary>
public static class OwnershipParents
{
    public const string OwnerColumn = "ownerid";

    public static EntityReference? ParentOf(Entity row)
    {
        switch (row.LogicalName)
        {
            case Tables.Touchpoint:
                return Lookup(row, TouchpointColumns.Contact);
            case Tables.Journey:
                return Lookup(row, JourneyColumns.Contact);
            case Tables.Feedback:
                return Lookup(row, FeedbackColumns.Contact) ?? Lookup(row, FeedbackColumns.Case);
            case Tables.CaseScore:
                return Lookup(row, CaseScoreColumns.Case);
            default:
                return null;
        }
    }

    private static EntityReference? Lookup(Entity row, string column)
    {
        var reference = row.GetAttributeValue<EntityReference>(column);
        return reference == null || reference.Id == System.Guid.Empty ? null : reference;
    }
}

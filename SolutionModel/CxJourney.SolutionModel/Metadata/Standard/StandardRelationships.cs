using System;
using System.Collections.Generic;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>
/// The platform's one-to-many relationships among the built-in tables, with the cascade rules the
/// table reference gives them: the @rel lines of the reference files (Reference/&lt;table&gt;.tsv),
/// then the hand-written ones below for what no reference file lists yet. A relationship joins the
/// catalog only when both of its tables and its column exist there, and one of the same name in
/// Solution/ wins.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#one-to-many-relationships
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/account#one-to-many-relationships
// https://learn.microsoft.com/dynamics365/customer-engagement/web-api/incident (incident_customer_accounts, incident_customer_contacts)
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
internal static class StandardRelationships
{
    /// <summary>Activities regarding a record: Assign, Delete, Merge, Reparent, Share and Unshare all cascade.</summary>
    private static readonly (string Table, string Suffix)[] Activities =
        [("email", "Emails"), ("phonecall", "Phonecalls"), ("appointment", "Appointments"), ("task", "Tasks"), ("letter", "Letters")];

    private static readonly (string Table, string Prefix)[] RegardingParents =
        [("account", "Account"), ("contact", "Contact"), ("incident", "Incident"), ("opportunity", "Opportunity"), ("lead", "Lead")];

    public static IEnumerable<RelationshipMetadata> All()
    {
        var handWritten = new Dictionary<string, RelationshipMetadata>(StringComparer.OrdinalIgnoreCase);
        foreach (RelationshipMetadata relationship in HandWritten()) handWritten.TryAdd(relationship.SchemaName, relationship);
        var fromReference = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (RelationshipMetadata relationship in FromReference(handWritten))
        {
            fromReference.Add(relationship.SchemaName);
            yield return relationship;
        }
        foreach (RelationshipMetadata relationship in handWritten.Values)
        {
            if (!fromReference.Contains(relationship.SchemaName)) yield return relationship;
        }
    }

    /// <summary>
    /// The @rel lines: the referenced table is the file's table. A cascade the page does not print
    /// ("-") keeps the hand-written rule of the same relationship, else the platform default.
    /// </summary>
    internal static IEnumerable<RelationshipMetadata> FromReference(IReadOnlyDictionary<string, RelationshipMetadata> handWritten)
    {
        foreach (ReferenceTable table in StandardReference.Tables.Values)
        {
            foreach (ReferenceRelationship line in table.Relationships)
            {
                var relationship = handWritten.TryGetValue(line.SchemaName, out RelationshipMetadata? own)
                    ? own with { SchemaName = line.SchemaName }
                    : new RelationshipMetadata { SchemaName = line.SchemaName, Kind = RelationshipKind.OneToMany };
                relationship = relationship with
                {
                    ReferencedTable = table.LogicalName,
                    ReferencingTable = line.ReferencingTable,
                    ReferencingAttribute = line.ReferencingAttribute,
                };
                yield return relationship with
                {
                    CascadeAssign = line.Assign ?? relationship.CascadeAssign,
                    CascadeDelete = line.Delete ?? relationship.CascadeDelete,
                    CascadeReparent = line.Reparent ?? relationship.CascadeReparent,
                    CascadeShare = line.Share ?? relationship.CascadeShare,
                    CascadeUnshare = line.Unshare ?? relationship.CascadeUnshare,
                };
            }
        }
    }

    /// <summary>Relationships written by hand (used only where no reference file lists them).</summary>
    internal static IEnumerable<RelationshipMetadata> HandWritten()
    {
        foreach ((string activity, string suffix) in Activities)
        {
            foreach ((string parent, string prefix) in RegardingParents)
            {
                yield return Parental($"{prefix}_{suffix}", parent, activity, "regardingobjectid");
            }
        }

        foreach ((string parent, string prefix) in RegardingParents) yield return Parental($"{prefix}_Annotation", parent, "annotation", "objectid");

        yield return Parental("contact_customer_accounts", "account", "contact", "parentcustomerid");
        yield return Parental("contact_customer_contacts", "contact", "contact", "parentcustomerid") with { CascadeDelete = CascadeRule.RemoveLink };
        yield return Parental("incident_customer_accounts", "account", "incident", "customerid");
        yield return Parental("incident_customer_contacts", "contact", "incident", "customerid");
        yield return Referential("account_primary_contact", "contact", "account", "primarycontactid");
        yield return Referential("contact_master_contact", "contact", "contact", "masterid");
    }

    private static RelationshipMetadata Parental(string schemaName, string referenced, string referencing, string column) => new()
    {
        SchemaName = schemaName,
        Kind = RelationshipKind.OneToMany,
        ReferencedTable = referenced,
        ReferencingTable = referencing,
        ReferencingAttribute = column,
        CascadeAssign = CascadeRule.Cascade,
        CascadeDelete = CascadeRule.Cascade,
        CascadeReparent = CascadeRule.Cascade,
        CascadeShare = CascadeRule.Cascade,
        CascadeUnshare = CascadeRule.Cascade,
    };

    private static RelationshipMetadata Referential(string schemaName, string referenced, string referencing, string column) => new()
    {
        SchemaName = schemaName,
        Kind = RelationshipKind.OneToMany,
        ReferencedTable = referenced,
        ReferencingTable = referencing,
        ReferencingAttribute = column,
        CascadeDelete = CascadeRule.RemoveLink,
    };
}

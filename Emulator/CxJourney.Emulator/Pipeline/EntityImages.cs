using System;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// Entity images: snapshots of the stored row holding exactly the registered attributes (every
/// column when the registration lists none), keyed by the registered alias.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#define-table-images
internal static class EntityImages
{
    /// <summary>The images of one kind (pre or post) a step registered, taken now from the store.</summary>
    public static EntityImageCollection Take(OrganizationCore core, RegisteredStep step, string table, Guid id, bool pre)
    {
        var images = new EntityImageCollection();
        if (id == Guid.Empty) return images;
        foreach (StepImageDefinition image in step.Images)
        {
            if (pre ? !image.IsPreImage : !image.IsPostImage) continue;
            Entity? snapshot = Snapshot(core, table, id, image);
            if (snapshot is not null) images[image.EntityAlias] = snapshot;
        }
        return images;
    }

    private static Entity? Snapshot(OrganizationCore core, string table, Guid id, StepImageDefinition image)
    {
        if (!core.TryTable(table, out TableMetadata metadata)) return null;
        Entity? stored = core.Store.Find(metadata.LogicalName, id);
        if (stored is null) return null;
        if (image.Attributes.Count == 0) return core.Reader.Project(metadata, stored, null);

        var columns = new ColumnSet();
        foreach (string attribute in image.Attributes)
        {
            string name = attribute.Trim();
            if (name.Length > 0 && metadata.HasColumn(name)) columns.AddColumn(name);
        }
        Entity projected = core.Reader.Project(metadata, stored, columns);
        // Retrieve always returns the primary key; an image holds only what was registered.
        if (!columns.Columns.Contains(metadata.PrimaryIdAttribute)) projected.Attributes.Remove(metadata.PrimaryIdAttribute);
        return projected;
    }
}

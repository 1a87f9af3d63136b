using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A stored row's EntityCollection value (an activity's party lists: from, to, required attendees), kept as stored
/// rows like the row itself, and rebuilt as a new EntityCollection on every read. Only a plain list is kept this way
/// (its entities carry columns, id and version only, the collection no paging); anything else is stored as it came.
/// </summary>
internal sealed class StoredCollection
{
    private readonly string? _entityName;
    private readonly StoredRow[] _rows;

    private StoredCollection(string? entityName, StoredRow[] rows)
    {
        _entityName = entityName;
        _rows = rows;
    }

    /// <summary>The compact form of the collection, or null when it holds more than a list of rows' columns.</summary>
    public static StoredCollection? TryFrom(EntityCollection collection, RowShapes shapes)
    {
        if (collection.MoreRecords || collection.PagingCookie is not null || collection.MinActiveRowVersion is not null
            || collection.TotalRecordCount != 0 || collection.TotalRecordCountLimitExceeded || collection.ExtensionData is not null)
            return null;
        DataCollection<Entity> entities = collection.Entities;
        var rows = new StoredRow[entities.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            Entity entity = entities[i];
            // These getters create empty collections on the entity; it is the store's private copy, dropped here.
            if (entity.EntityState is not null || entity.ExtensionData is not null || entity.HasLazyFileAttribute
                || entity.FormattedValues.Count > 0 || entity.KeyAttributes.Count > 0 || entity.RelatedEntities.Count > 0)
                return null;
            foreach (KeyValuePair<string, object?> attribute in entity.Attributes)
            {
                if (attribute.Value is EntityCollection) return null;
            }
            rows[i] = StoredRow.From(entity, -1, shapes);
        }
        return new StoredCollection(collection.EntityName, rows);
    }

    public EntityCollection ToCollection()
    {
        var entities = new List<Entity>(_rows.Length);
        foreach (StoredRow row in _rows) entities.Add(row.ToEntity());
        return new EntityCollection(entities) { EntityName = _entityName };
    }
}

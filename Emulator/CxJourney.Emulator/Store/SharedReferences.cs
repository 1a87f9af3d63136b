using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// One stored instance per user, team or business unit named by the columns every row carries (owner, created by,
/// modified by, owning business unit...): a year of a business stores hundreds of thousands of rows whose five to
/// seven such lookups point at a handful of users. Safe because a stored value is never handed out or changed in
/// place: reads project copies (<see cref="RowCopy"/>) and writes store new rows. Not thread-safe: the store's
/// lock guards it.
/// </summary>
internal sealed class SharedReferences
{
    private static readonly HashSet<string> SharedColumns = new(StringComparer.Ordinal)
    {
        "ownerid", "owninguser", "owningteam", "owningbusinessunit", "createdby", "modifiedby", "createdonbehalfby",
        "modifiedonbehalfby", "transactioncurrencyid",
    };

    private readonly Dictionary<(string Table, Guid Id, string? Name), EntityReference> _pool = new();
    private readonly List<KeyValuePair<string, EntityReference>> _changes = new();

    /// <summary>Replaces the row's user, team and business unit lookups with their shared instances.</summary>
    public void Share(Entity row)
    {
        foreach (KeyValuePair<string, object?> attribute in row.Attributes)
        {
            if (attribute.Value is not EntityReference reference || !SharedColumns.Contains(attribute.Key)) continue;
            if (reference.Id == Guid.Empty || reference.RowVersion is not null) continue;
            var key = (reference.LogicalName, reference.Id, reference.Name);
            if (!_pool.TryGetValue(key, out EntityReference? shared))
            {
                _pool[key] = reference;
                continue;
            }
            if (!ReferenceEquals(shared, reference)) _changes.Add(new KeyValuePair<string, EntityReference>(attribute.Key, shared));
        }
        foreach (KeyValuePair<string, EntityReference> change in _changes) row.Attributes[change.Key] = change.Value;
        _changes.Clear();
    }
}

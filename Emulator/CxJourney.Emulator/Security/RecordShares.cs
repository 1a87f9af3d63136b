using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;

namespace CxJourney.Emulator.Security;

/// <summary>
/// Records shared with users and teams (the platform's principalobjectaccess): per record, per
/// principal, the access rights granted. Changes join the request's transaction, so a share made by
/// a request that fails is undone with it.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning
internal sealed class RecordShares
{
    private readonly Dictionary<(string Table, Guid Id), Dictionary<Guid, AccessRights>> _shares = new();

    /// <summary>True once anything was ever shared: reads skip share lookups before that.</summary>
    public bool Any => _shares.Count > 0;

    public AccessRights Of(string table, Guid id, Guid principal) =>
        _shares.TryGetValue((table, id), out Dictionary<Guid, AccessRights>? byPrincipal) && byPrincipal.TryGetValue(principal, out AccessRights rights)
            ? rights
            : AccessRights.None;

    /// <summary>What is shared with the user directly and with every team the user belongs to.</summary>
    public AccessRights For(string table, Guid id, UserAccess user)
    {
        if (!_shares.TryGetValue((table, id), out Dictionary<Guid, AccessRights>? byPrincipal)) return AccessRights.None;
        AccessRights rights = AccessRights.None;
        foreach (KeyValuePair<Guid, AccessRights> share in byPrincipal)
        {
            if (share.Key == user.UserId || user.Teams.Contains(share.Key)) rights |= share.Value;
        }
        return rights;
    }

    /// <summary>Sets a principal's rights on a record (None removes the share).</summary>
    public void Set(StoreTransaction? transaction, string table, Guid id, Guid principal, AccessRights rights)
    {
        AccessRights before = Of(table, id, principal);
        Apply(table, id, principal, rights);
        transaction?.OnRolledBack(() => Apply(table, id, principal, before));
    }

    /// <summary>Forgets every share of a deleted record.</summary>
    public void Remove(StoreTransaction? transaction, string table, Guid id)
    {
        if (!_shares.Remove((table, id), out Dictionary<Guid, AccessRights>? removed)) return;
        transaction?.OnRolledBack(() => _shares[(table, id)] = removed);
    }

    private void Apply(string table, Guid id, Guid principal, AccessRights rights)
    {
        if (!_shares.TryGetValue((table, id), out Dictionary<Guid, AccessRights>? byPrincipal))
        {
            if (rights == AccessRights.None) return;
            _shares[(table, id)] = byPrincipal = new Dictionary<Guid, AccessRights>();
        }
        if (rights == AccessRights.None) byPrincipal.Remove(principal);
        else byPrincipal[principal] = rights;
        if (byPrincipal.Count == 0) _shares.Remove((table, id));
    }
}

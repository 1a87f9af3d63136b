using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;

namespace CxJourney.Emulator.Security;

/// <summary>
/// Records shared with users and teams (the platform's principalobjectaccess): per record, per
/// principal, the access rights granted on the record itself, and apart from them the rights it
/// inherits from a parent record (Share and Reparent cascades), kept per parent so that removing the
/// parent's share or changing the parent takes back only what came from it. Changes join the
/// request's transaction, so a share made by a request that fails is undone with it.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/security-sharing-assigning#sharing-and-inheritance
internal sealed class RecordShares
{
    private readonly Dictionary<(string Table, Guid Id), Dictionary<Guid, AccessRights>> _shares = new();

    /// <summary>Per record: (principal, parent it came through) → the rights inherited.</summary>
    private readonly Dictionary<(string Table, Guid Id), Dictionary<(Guid Principal, string ParentTable, Guid ParentId), AccessRights>> _inherited = new();

    /// <summary>True while anything is shared or inherited: reads and writes skip share work otherwise.</summary>
    public bool Any => _shares.Count > 0 || _inherited.Count > 0;

    /// <summary>The rights shared on the record itself with this principal (what GrantAccess adds to).</summary>
    public AccessRights Of(string table, Guid id, Guid principal) =>
        _shares.TryGetValue((table, id), out Dictionary<Guid, AccessRights>? byPrincipal) && byPrincipal.TryGetValue(principal, out AccessRights rights)
            ? rights
            : AccessRights.None;

    /// <summary>What the principal holds on the record by sharing: its own share and what it inherits (what children inherit in turn).</summary>
    public AccessRights Effective(string table, Guid id, Guid principal)
    {
        AccessRights rights = Of(table, id, principal);
        if (_inherited.TryGetValue((table, id), out var inherited))
        {
            foreach (KeyValuePair<(Guid Principal, string ParentTable, Guid ParentId), AccessRights> entry in inherited)
            {
                if (entry.Key.Principal == principal) rights |= entry.Value;
            }
        }
        return rights;
    }

    /// <summary>Every principal the record is shared with, directly or by inheritance.</summary>
    public IReadOnlyCollection<Guid> PrincipalsOf(string table, Guid id)
    {
        var principals = new HashSet<Guid>();
        if (_shares.TryGetValue((table, id), out Dictionary<Guid, AccessRights>? byPrincipal)) principals.UnionWith(byPrincipal.Keys);
        if (_inherited.TryGetValue((table, id), out var inherited))
        {
            foreach ((Guid principal, string _, Guid _) in inherited.Keys) principals.Add(principal);
        }
        return principals;
    }

    /// <summary>What is shared with the user directly and with every team the user belongs to, own and inherited.</summary>
    public AccessRights For(string table, Guid id, UserAccess user)
    {
        AccessRights rights = AccessRights.None;
        if (_shares.TryGetValue((table, id), out Dictionary<Guid, AccessRights>? byPrincipal))
        {
            foreach (KeyValuePair<Guid, AccessRights> share in byPrincipal)
            {
                if (share.Key == user.UserId || user.Teams.Contains(share.Key)) rights |= share.Value;
            }
        }
        if (_inherited.TryGetValue((table, id), out var inherited))
        {
            foreach (KeyValuePair<(Guid Principal, string ParentTable, Guid ParentId), AccessRights> entry in inherited)
            {
                if (entry.Key.Principal == user.UserId || user.Teams.Contains(entry.Key.Principal)) rights |= entry.Value;
            }
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

    /// <summary>Sets what the record inherits for a principal through one parent (None removes it); false when nothing changed.</summary>
    public bool SetInherited(StoreTransaction? transaction, string table, Guid id, Guid principal, string parentTable, Guid parentId, AccessRights rights)
    {
        var key = (principal, parentTable, parentId);
        AccessRights before = _inherited.TryGetValue((table, id), out var inherited) && inherited.TryGetValue(key, out AccessRights had) ? had : AccessRights.None;
        if (before == rights) return false;
        ApplyInherited(table, id, key, rights);
        transaction?.OnRolledBack(() => ApplyInherited(table, id, key, before));
        return true;
    }

    /// <summary>Takes back everything the record inherited through one parent; the principals it concerned.</summary>
    public IReadOnlyCollection<Guid> RemoveInheritedVia(StoreTransaction? transaction, string table, Guid id, string parentTable, Guid parentId)
    {
        var principals = new List<Guid>();
        if (!_inherited.TryGetValue((table, id), out var inherited)) return principals;
        foreach ((Guid principal, string fromTable, Guid fromId) in new List<(Guid, string, Guid)>(inherited.Keys))
        {
            if (fromTable == parentTable && fromId == parentId && SetInherited(transaction, table, id, principal, parentTable, parentId, AccessRights.None)) principals.Add(principal);
        }
        return principals;
    }

    /// <summary>Forgets every share of a deleted record, and what other records inherited through it.</summary>
    public void Remove(StoreTransaction? transaction, string table, Guid id)
    {
        if (_shares.Remove((table, id), out Dictionary<Guid, AccessRights>? removed))
        {
            transaction?.OnRolledBack(() => _shares[(table, id)] = removed);
        }
        if (_inherited.Remove((table, id), out var inherited))
        {
            transaction?.OnRolledBack(() => _inherited[(table, id)] = inherited);
        }
        foreach ((string childTable, Guid childId) in new List<(string, Guid)>(_inherited.Keys)) RemoveInheritedVia(transaction, childTable, childId, table, id);
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

    private void ApplyInherited(string table, Guid id, (Guid, string, Guid) key, AccessRights rights)
    {
        if (!_inherited.TryGetValue((table, id), out var inherited))
        {
            if (rights == AccessRights.None) return;
            _inherited[(table, id)] = inherited = new Dictionary<(Guid Principal, string ParentTable, Guid ParentId), AccessRights>();
        }
        if (rights == AccessRights.None) inherited.Remove(key);
        else inherited[key] = rights;
        if (inherited.Count == 0) _inherited.Remove((table, id));
    }
}

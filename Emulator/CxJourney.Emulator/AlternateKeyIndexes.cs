using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace CxJourney.Emulator;

/// <summary>The states of an alternate key's index (EntityKeyIndexStatus).</summary>
// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.entitykeyindexstatus
public enum AlternateKeyIndexStatus
{
    Pending = 0,
    InProgress = 1,
    Active = 2,
    Failed = 3,
}

/// <summary>
/// The build state of each alternate key's index. Creating a key (an import does) starts a system job that
/// builds the index; until it is Active, requests that use the key fail
/// (https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity). Here a key
/// imported with a build time is Pending until the organization's clock reaches its activation time, or until
/// <see cref="ActivateAll"/> (the system job finishing). Keys never registered here are Active.
/// </summary>
public sealed class AlternateKeyIndexes
{
    private readonly ConcurrentDictionary<(string Table, string Key), DateTime> _activeAt = new();
    private readonly Func<DateTime> _now;

    public AlternateKeyIndexes(Func<DateTime> now) { _now = now; }

    /// <summary>Starts building a key's index: Pending until <paramref name="activeAtUtc"/>.</summary>
    public void StartBuild(string table, string key, DateTime activeAtUtc) => _activeAt[(table, key)] = activeAtUtc;

    /// <summary>Every index finished building (the system jobs ran).</summary>
    public void ActivateAll() => _activeAt.Clear();

    public AlternateKeyIndexStatus StatusOf(string table, string key)
    {
        if (!_activeAt.TryGetValue((table, key), out DateTime activeAt)) return AlternateKeyIndexStatus.Active;
        if (_now() < activeAt) return AlternateKeyIndexStatus.Pending;
        _activeAt.TryRemove(new KeyValuePair<(string, string), DateTime>((table, key), activeAt));
        return AlternateKeyIndexStatus.Active;
    }
}

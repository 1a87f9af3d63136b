using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// One stored instance per distinct lookup, choice and yes/no value, short text and moment seen lately: a year of a
/// business stores hundreds of thousands of rows whose owner, created-by and modified-by lookups point at a handful of
/// users, whose contact, case and journey lookups repeat for every touchpoint, whose state, status, channel and
/// direction are a few choices, whose subjects and titles repeat a few hundred texts, and whose created-on and
/// modified-on are the moment of the event that wrote them. Lookups, texts and moments are shared among the recent
/// ones (<see cref="RecentlyShared{TKey, TValue}"/>), so one-off values are not held for the organization's life. Safe because a stored value is never handed out or changed in place: reads project copies
/// (<see cref="RowCopy"/>) and writes store new rows. Not thread-safe: the store's lock guards it.
/// </summary>
internal sealed class SharedReferences
{
    private static readonly object True = true;
    private static readonly object False = false;

    // Texts longer than this are seldom repeated (descriptions, state the plug-ins keep) and costly to hash on every write.
    private const int LongestSharedText = 256;
    private const int Recent = 16_384;

    private readonly RecentlyShared<(string Table, Guid Id, string? Name), EntityReference> _references = new(Recent);
    private readonly RecentlyShared<string, string> _texts = new(Recent, StringComparer.Ordinal);
    // By ticks and kind: DateTime's own equality ignores the kind, which a stored value must keep.
    private readonly RecentlyShared<(long Ticks, DateTimeKind Kind), object> _moments = new(Recent);
    private readonly Dictionary<int, OptionSetValue> _options = new();
    private readonly List<KeyValuePair<string, object>> _changes = new();

    /// <summary>Replaces the row's lookups, choices and yes/no values, and those of the rows in its lists (party lists), with their shared instances.</summary>
    public void Share(Entity row)
    {
        foreach (KeyValuePair<string, object?> attribute in row.Attributes)
        {
            if (attribute.Value is EntityCollection list)
            {
                foreach (Entity item in list.Entities) ShareColumns(item);
            }
        }
        ShareColumns(row);
    }

    private void ShareColumns(Entity row)
    {
        foreach (KeyValuePair<string, object?> attribute in row.Attributes)
        {
            object? shared = attribute.Value switch
            {
                EntityReference reference => Shared(reference),
                OptionSetValue option => Shared(option),
                bool flag => flag ? True : False,
                string text when text.Length <= LongestSharedText => _texts.Share(text, text),
                DateTime moment => _moments.Share((moment.Ticks, moment.Kind), attribute.Value),
                _ => null,
            };
            if (shared is not null && !ReferenceEquals(shared, attribute.Value)) _changes.Add(new KeyValuePair<string, object>(attribute.Key, shared));
        }
        foreach (KeyValuePair<string, object> change in _changes) row.Attributes[change.Key] = change.Value;
        _changes.Clear();
    }

    private EntityReference? Shared(EntityReference reference)
    {
        // A reference by alternate key or with a row version is kept as it is.
        if (reference.Id == Guid.Empty || reference.RowVersion is not null) return null;
        return _references.Share((reference.LogicalName, reference.Id, reference.Name), reference);
    }

    private OptionSetValue Shared(OptionSetValue option)
    {
        if (_options.TryGetValue(option.Value, out OptionSetValue? shared)) return shared;
        _options[option.Value] = option;
        return option;
    }
}

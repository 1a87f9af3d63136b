using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// How to find the contacts an event concerns. Contacts named on the record itself (parties, regarding,
/// customer) come for free from Target and images; only when there are none does capture fall back to a
/// read: the case's customer, or an account customer's primary contact. <see cref="Notes"/> says what was
/// left out and why, for the trace an administrator reads.
/// </summary>
public sealed class ContactLookup
{
    private ContactLookup(IReadOnlyList<Guid> contacts, Guid? caseToRead, Guid? accountToRead, IReadOnlyList<string> notes, string source)
    {
        Contacts = contacts;
        CaseToRead = caseToRead;
        AccountToRead = accountToRead;
        Notes = notes;
        Source = source;
    }

    /// <summary>Contacts known without a read, distinct, in the order found.</summary>
    public IReadOnlyList<Guid> Contacts { get; }

    /// <summary>A case whose customer contact (or the account's primary contact) is the contact, when <see cref="Contacts"/> is empty.</summary>
    public Guid? CaseToRead { get; }

    /// <summary>An account whose primary contact is the contact, when <see cref="Contacts"/> is empty.</summary>
    public Guid? AccountToRead { get; }

    /// <summary>What was skipped and why (an account party, a queue, an unresolved address...).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Where the contacts came from, e.g. "to/cc/bcc parties" or "regarding case".</summary>
    public string Source { get; }

    public bool NeedsRead => Contacts.Count == 0 && (CaseToRead.HasValue || AccountToRead.HasValue);

    public static ContactLookup Found(IEnumerable<Guid> contacts, string source, IEnumerable<string>? notes = null) =>
        new(contacts.Distinct().ToList(), null, null, (notes ?? Array.Empty<string>()).ToList(), source);

    public static ContactLookup ViaCase(Guid caseId, IEnumerable<string>? notes = null) =>
        new(Array.Empty<Guid>(), caseId, null, (notes ?? Array.Empty<string>()).ToList(), "regarding case");

    public static ContactLookup ViaAccount(Guid accountId, string source, IEnumerable<string>? notes = null) =>
        new(Array.Empty<Guid>(), null, accountId, (notes ?? Array.Empty<string>()).ToList(), source);

    public static ContactLookup Nobody(IEnumerable<string> notes) =>
        new(Array.Empty<Guid>(), null, null, notes.ToList(), "nothing");
}

using System.Collections.Generic;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>Picks the contacts out of party lists, noting every party that is not one (accounts, users, queues, bare addresses).</summary>
internal static class PartyContacts
{
    public static List<System.Guid> From(IEnumerable<IReadOnlyList<Party>> lists, List<string> notes)
    {
        var contacts = new List<System.Guid>();
        var seen = new HashSet<System.Guid>();
        foreach (var list in lists)
        {
            foreach (var party in list)
            {
                if (party.Row is null)
                {
                    notes.Add(party.Address is null ? "an empty party" : $"address '{party.Address}' matches no record");
                    continue;
                }
                if (party.IsDeleted)
                {
                    notes.Add($"{party.Row} was deleted");
                    continue;
                }
                if (!party.Row.Is(Tables.Contact))
                {
                    notes.Add($"{party.Row} is not a contact");
                    continue;
                }
                if (seen.Add(party.Row.Id)) contacts.Add(party.Row.Id);
            }
        }
        return contacts;
    }
}

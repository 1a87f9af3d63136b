using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// The reads capture cannot avoid: the customer of a case an activity is regarding (the activity's images
/// carry only the case reference), and the primary contact of an account customer. One query per kind of
/// read for the whole batch, however many records it holds (up to <see cref="IdsPerQuery"/> ids a query).
/// </summary>
internal static class ContactReader
{
    /// <summary>Keeps the In condition well inside what the platform's query translation accepts.</summary>
    public const int IdsPerQuery = 500;

    private const string AccountAlias = "account";

    /// <summary>The contacts of each plan, in plan order (empty when none could be found).</summary>
    public static IReadOnlyList<IReadOnlyList<Guid>> Resolve(IOrganizationService service, IReadOnlyList<CapturePlan> plans)
    {
        var cases = plans.Where(p => p.Contacts.NeedsRead && p.Contacts.CaseToRead.HasValue)
            .Select(p => p.Contacts.CaseToRead!.Value).Distinct().ToList();
        var accounts = plans.Where(p => p.Contacts.NeedsRead && !p.Contacts.CaseToRead.HasValue && p.Contacts.AccountToRead.HasValue)
            .Select(p => p.Contacts.AccountToRead!.Value).Distinct().ToList();
        var caseContacts = cases.Count == 0 ? new Dictionary<Guid, Guid?>() : ReadCases(service, cases);
        var accountContacts = accounts.Count == 0 ? new Dictionary<Guid, Guid?>() : ReadAccounts(service, accounts);

        var result = new List<IReadOnlyList<Guid>>(plans.Count);
        foreach (var plan in plans)
        {
            var lookup = plan.Contacts;
            Guid? read = null;
            if (lookup.Contacts.Count > 0) result.Add(lookup.Contacts);
            else if (lookup.CaseToRead.HasValue && caseContacts.TryGetValue(lookup.CaseToRead.Value, out read) && read.HasValue) result.Add(new[] { read.Value });
            else if (lookup.AccountToRead.HasValue && accountContacts.TryGetValue(lookup.AccountToRead.Value, out read) && read.HasValue) result.Add(new[] { read.Value });
            else result.Add(Array.Empty<Guid>());
        }
        return result;
    }

    /// <summary>Case id to its contact: customer contact, else case contact, else the customer account's primary contact.</summary>
    private static Dictionary<Guid, Guid?> ReadCases(IOrganizationService service, List<Guid> ids)
    {
        var contacts = new Dictionary<Guid, Guid?>();
        foreach (var chunk in Chunks(ids))
        {
            var query = new QueryExpression(Tables.Incident)
            {
                ColumnSet = new ColumnSet(IncidentColumns.CustomerId, IncidentColumns.PrimaryContactId),
            };
            query.Criteria.AddCondition(IncidentColumns.Id, ConditionOperator.In, chunk.Cast<object>().ToArray());
            // A customer lookup joins to whichever table it points at: an account customer matches, a contact does not.
            var link = query.AddLink(Tables.Account, IncidentColumns.CustomerId, AccountColumns.Id, JoinOperator.LeftOuter);
            link.EntityAlias = AccountAlias;
            link.Columns = new ColumnSet(AccountColumns.PrimaryContactId);
            foreach (var row in service.RetrieveMultiple(query).Entities)
            {
                var accountContact = row.GetAttributeValue<AliasedValue>(AccountAlias + "." + AccountColumns.PrimaryContactId)?.Value as EntityReference;
                contacts[row.Id] = CustomerContacts.OfCase(
                    Snapshots.Ref(row.GetAttributeValue<EntityReference>(IncidentColumns.CustomerId)),
                    Snapshots.Ref(row.GetAttributeValue<EntityReference>(IncidentColumns.PrimaryContactId)),
                    accountContact?.Id);
            }
        }
        return contacts;
    }

    private static Dictionary<Guid, Guid?> ReadAccounts(IOrganizationService service, List<Guid> ids)
    {
        var contacts = new Dictionary<Guid, Guid?>();
        foreach (var chunk in Chunks(ids))
        {
            var query = new QueryExpression(Tables.Account) { ColumnSet = new ColumnSet(AccountColumns.PrimaryContactId) };
            query.Criteria.AddCondition(AccountColumns.Id, ConditionOperator.In, chunk.Cast<object>().ToArray());
            foreach (var row in service.RetrieveMultiple(query).Entities)
                contacts[row.Id] = row.GetAttributeValue<EntityReference>(AccountColumns.PrimaryContactId)?.Id;
        }
        return contacts;
    }

    private static IEnumerable<List<Guid>> Chunks(List<Guid> ids)
    {
        for (var i = 0; i < ids.Count; i += IdsPerQuery)
            yield return ids.GetRange(i, Math.Min(IdsPerQuery, ids.Count - i));
    }
}

using System;
using System.Collections.Generic;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// The contact behind a customer lookup: the customer itself when it is a contact, else the record's own
/// contact person, else (a read) the customer account's primary contact.
/// </summary>
public static class CustomerContacts
{
    public static ContactLookup Of(RowRef? customer, RowRef? contactPerson, string what)
    {
        var notes = new List<string>();
        if (customer is not null && customer.Is(Tables.Contact)) return ContactLookup.Found(new[] { customer.Id }, what + " customer");
        if (contactPerson is not null && contactPerson.Is(Tables.Contact)) return ContactLookup.Found(new[] { contactPerson.Id }, what + " contact", notes);
        if (customer is not null && customer.Is(Tables.Account)) return ContactLookup.ViaAccount(customer.Id, "primary contact of the " + what + "'s account", notes);
        notes.Add(customer is null ? $"the {what} has no customer" : $"the {what}'s customer {customer} is neither a contact nor an account");
        return ContactLookup.Nobody(notes);
    }

    /// <summary>
    /// The contact of a case read for an activity regarding it (the columns the plug-in's one read returns):
    /// customer contact, else the case's contact person, else the account's primary contact.
    /// </summary>
    public static Guid? OfCase(RowRef? customer, RowRef? contactPerson, Guid? accountPrimaryContact)
    {
        if (customer is not null && customer.Is(Tables.Contact)) return customer.Id;
        if (contactPerson is not null && contactPerson.Is(Tables.Contact)) return contactPerson.Id;
        return customer is not null && customer.Is(Tables.Account) ? accountPrimaryContact : null;
    }
}

using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.FollowUps;

/// <summary>
/// The cx_followupkey of a follow-up: <c>contact:{contact id}|{regarding table}:{regarding id}|{rule id}</c>
/// (<c>contact:none</c> when the case's customer is no contact). The contact comes first so that one
/// prefix query finds the contact's follow-ups (throttle, once-per-contact), and a longer prefix those of one
/// case (one open follow-up per rule and case).
/// </summary>
public static class FollowUpKey
{
    public static string For(Guid? contactId, EntityReference regarding, string ruleId) =>
        RegardingPrefix(contactId, regarding) + ruleId;

    /// <summary>The prefix of every follow-up of a contact.</summary>
    public static string ContactPrefix(Guid? contactId) =>
        (contactId.HasValue ? "contact:" + contactId.Value.ToString("D") : "contact:none") + "|";

    /// <summary>The prefix of every follow-up of a contact regarding one record (the case, or the contact itself).</summary>
    public static string RegardingPrefix(Guid? contactId, EntityReference regarding) =>
        ContactPrefix(contactId) + regarding.LogicalName + ":" + regarding.Id.ToString("D") + "|";

    /// <summary>The rule id at the end of a key, or null for a key of another shape.</summary>
    public static string? RuleOf(string? key)
    {
        if (string.IsNullOrEmpty(key))
            return null;
        var bar = key!.LastIndexOf('|');
        return bar < 0 || bar == key.Length - 1 ? null : key.Substring(bar + 1);
    }
}

using System;
using System.Linq;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Scoring;

namespace CxJourney.Plugins.Tests.FollowUps;

/// <summary>The case events capture records, for tests that need them whether or not capture's steps ran.</summary>
internal static class CaseLifecycle
{
    /// <summary>
    /// The Reopened touchpoint capture writes when a case is reactivated; seeded when capture did not write one
    /// at this instant, so the reopen count the scoring reads is there either way.
    /// </summary>
    public static void EnsureReopenedTouchpoint(CxScenario s, Guid caseId, Guid contactId)
    {
        var now = s.Now;
        var exists = s.Organization.Query(Tables.Touchpoint).Any(t =>
            t.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>(TouchpointColumns.Case)?.Id == caseId &&
            t.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(TouchpointColumns.Kind)?.Value == Choices.TouchpointKind.Reopened &&
            t.GetAttributeValue<DateTime>(TouchpointColumns.OccurredOn) == now);
        if (!exists)
            s.Seed(s.Touchpoint(caseId, contactId, Choices.Channel.Case, Choices.Direction.Inbound, Choices.TouchpointKind.Reopened, now));
    }
}

using System;
using CxJourney.Plugins.Domain.Identity;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>
/// The primary ids of the rows that have a natural key (one score per case, one journey per contact): a
/// name-based GUID of the key, so every plug-in that writes such a row addresses it by id, and an Upsert or
/// Create needs no alternate key. Right after an import a key's index is still being built and every request
/// that uses the key fails (https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity);
/// an Upsert that sets the primary id is not such a request
/// (https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record).
/// The key columns are still written as values, so the alternate keys (<see cref="AlternateKeys"/>) keep
/// guarding uniqueness once Active. The namespaces are fixed: changing one would give every row a second id.
/// </summary>
public static class RowIds
{
    private static readonly Guid CaseScoreNamespace = new("3d9a6c21-7e4b-4f08-b5c2-91a0e6d4f7b3");
    private static readonly Guid JourneyNamespace = new("a47e1b90-2c5d-4a63-8f1e-6b3c0d9e2a54");

    /// <summary>The cx_casescore row of a case.</summary>
    public static Guid CaseScore(Guid caseId) => NameBasedGuid.Create(CaseScoreNamespace, caseId.ToString("D"));

    /// <summary>The cx_journey row of a contact.</summary>
    public static Guid Journey(Guid contactId) => NameBasedGuid.Create(JourneyNamespace, contactId.ToString("D"));
}

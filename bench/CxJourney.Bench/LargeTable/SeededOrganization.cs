using System;
using System.Collections.Generic;
using System.Globalization;
using CxJourney.Emulator;
using CxJourney.Plugins.Model;
using CxJourney.TestSupport;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Bench.LargeTable;

/// <summary>
/// A local organization with the product's tables and 100,000 contacts: each contact's
/// parentcustomerid names one of 1,000 accounts (an indexed lookup, 100 contacts per account),
/// its address1_city repeats the account's number (the same 100 contacts, but a column without an
/// index), and it has one cx_journey row, found by the alternate key cx_journey_contact
/// (cx_contactid). Rows go in through <see cref="LocalOrganization.Seed"/>, which skips the
/// pipeline but checks values as a Create does.
/// </summary>
public sealed class SeededOrganization
{
    public const int ContactCount = 100_000;
    public const int AccountCount = 1_000;
    private const int Batch = 10_000;

    /// <summary>cx_journeystage options, from Solution/OptionSets (publisher prefix 61750).</summary>
    private static readonly int[] Stages = [617500000, 617500001, 617500002, 617500003, 617500004, 617500005, 617500006];

    private SeededOrganization(LocalOrganization organization, Guid[] accounts, Guid[] contacts)
    {
        Organization = organization;
        AccountIds = accounts;
        ContactIds = contacts;
    }

    private static readonly object SharedGate = new();
    private static SeededOrganization? _shared;

    /// <summary>
    /// One seeded organization per process (the benchmarks run in process; seeding takes tens of
    /// seconds on 2 cores). Benchmarks that add rows remove them again in their cleanup.
    /// </summary>
    public static SeededOrganization Shared
    {
        get
        {
            lock (SharedGate) { return _shared ??= Create(); }
        }
    }

    /// <summary>
    /// Drops the shared organization once no suite needs it: BenchmarkDotNet forces a full GC around
    /// every iteration, and 200,000 live rows make each of those take long enough to slow every
    /// suite that runs after it in the same process.
    /// </summary>
    public static void ReleaseShared()
    {
        lock (SharedGate) { _shared = null; }
    }

    public LocalOrganization Organization { get; }

    public IReadOnlyList<Guid> AccountIds { get; }

    public IReadOnlyList<Guid> ContactIds { get; }

    /// <summary>The city every contact of account number <paramref name="accountIndex"/> lives in.</summary>
    public static string CityOf(int accountIndex) => "City " + accountIndex.ToString(CultureInfo.InvariantCulture);

    public static SeededOrganization Create(int contacts = ContactCount, int accounts = AccountCount)
    {
        LocalOrganization organization = LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = RepositoryRoot.Solution,
            IdSeed = 1,
        });

        var accountIds = new Guid[accounts];
        var accountRows = new Entity[accounts];
        for (int a = 0; a < accounts; a++)
        {
            accountIds[a] = Guid.NewGuid();
            accountRows[a] = new Entity(Tables.Account, accountIds[a]) { [AccountColumns.Name] = "Account " + a.ToString(CultureInfo.InvariantCulture) };
        }
        organization.Seed(accountRows);

        var contactIds = new Guid[contacts];
        for (int start = 0; start < contacts; start += Batch)
        {
            int count = Math.Min(Batch, contacts - start);
            var rows = new Entity[count * 2];
            for (int k = 0; k < count; k++)
            {
                int i = start + k;
                int account = i % accounts;
                Guid id = Guid.NewGuid();
                contactIds[i] = id;
                rows[k] = new Entity(Tables.Contact, id)
                {
                    [ContactColumns.FirstName] = "Contact",
                    [ContactColumns.LastName] = i.ToString(CultureInfo.InvariantCulture),
                    [ContactColumns.EMailAddress1] = "contact" + i.ToString(CultureInfo.InvariantCulture) + "@example.com",
                    ["address1_city"] = CityOf(account),
                    ["gendercode"] = new OptionSetValue(1 + (i % 2)),
                    [ContactColumns.ParentCustomerId] = new EntityReference(Tables.Account, accountIds[account]),
                };
                rows[count + k] = new Entity(Tables.Journey, Guid.NewGuid())
                {
                    [JourneyColumns.Name] = "Contact " + i.ToString(CultureInfo.InvariantCulture),
                    [JourneyColumns.Contact] = new EntityReference(Tables.Contact, id),
                    [JourneyColumns.Stage] = new OptionSetValue(Stages[i % Stages.Length]),
                    [JourneyColumns.HealthScore] = i % 101,
                    [JourneyColumns.TotalTouchpoints] = i % 37,
                };
            }
            organization.Seed(rows);
        }
        return new SeededOrganization(organization, accountIds, contactIds);
    }
}

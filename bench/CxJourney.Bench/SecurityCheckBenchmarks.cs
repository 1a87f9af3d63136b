using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CxJourney.Bench.Infrastructure;
using CxJourney.Bench.LargeTable;
using CxJourney.Emulator;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Bench;

/// <summary>
/// What the security checks cost on the 100,000-contact organization: the same requests as the
/// administrator (System Administrator: no check runs, today's cost), as a user whose role reads
/// contacts at Global depth (the privilege is resolved once, no per-row test) and at Local depth
/// (every candidate row is tested against its owning business unit). Ratios are to the administrator.
/// </summary>
// https://learn.microsoft.com/power-platform/admin/security-roles-privileges#access-levels
[MemoryDiagnoser]
[ShortInProcessJob(iterations: 8)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SecurityCheckBenchmarks
{
    private SeededOrganization _data = null!;
    private IOrganizationService _admin = null!;
    private IOrganizationService _global = null!;
    private IOrganizationService _local = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _data = SeededOrganization.Shared;
        LocalOrganization org = _data.Organization;
        _admin = org.GetService();
        _global = org.GetService(User(org, "Global", PrivilegeDepth.Global));
        _local = org.GetService(User(org, "Local", PrivilegeDepth.Local));
    }

    private static readonly int CaseCount = typeof(SecurityCheckBenchmarks).GetMethods().Count(m => m.IsDefined(typeof(BenchmarkAttribute), false));
    private static int _casesFinished;

    /// <summary>The seeded organization is shared by every case; it is dropped after the last one.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (System.Threading.Interlocked.Increment(ref _casesFinished) >= CaseCount) SeededOrganization.ReleaseShared();
    }

    private static Guid User(LocalOrganization org, string name, PrivilegeDepth depth)
    {
        string role = "Bench " + name + " reader";
        if (!org.Security.Roles.Any(r => r.Name == role))
            org.Security.AddRole(new SecurityRole(Guid.NewGuid(), role, [new("prvReadContact", depth), new("prvReadAccount", depth)]));
        return org.NewUser("Bench", name).WithRoles(role).Create();
    }

    [Benchmark(Baseline = true, Description = "Retrieve by id, administrator")]
    [BenchmarkCategory("Retrieve")]
    public Entity RetrieveAsAdmin() => Retrieve(_admin);

    [Benchmark(Description = "Retrieve by id, Global reader")]
    [BenchmarkCategory("Retrieve")]
    public Entity RetrieveAsGlobal() => Retrieve(_global);

    [Benchmark(Description = "Retrieve by id, Local reader")]
    [BenchmarkCategory("Retrieve")]
    public Entity RetrieveAsLocal() => Retrieve(_local);

    [Benchmark(Baseline = true, Description = "RetrieveMultiple indexed (100 rows), administrator")]
    [BenchmarkCategory("Indexed")]
    public EntityCollection IndexedAsAdmin() => Indexed(_admin);

    [Benchmark(Description = "RetrieveMultiple indexed (100 rows), Global reader")]
    [BenchmarkCategory("Indexed")]
    public EntityCollection IndexedAsGlobal() => Indexed(_global);

    [Benchmark(Description = "RetrieveMultiple indexed (100 rows), Local reader")]
    [BenchmarkCategory("Indexed")]
    public EntityCollection IndexedAsLocal() => Indexed(_local);

    [Benchmark(Baseline = true, Description = "RetrieveMultiple scan of 100,000, administrator")]
    [BenchmarkCategory("Scan")]
    public EntityCollection ScanAsAdmin() => Scan(_admin);

    [Benchmark(Description = "RetrieveMultiple scan of 100,000, Local reader")]
    [BenchmarkCategory("Scan")]
    public EntityCollection ScanAsLocal() => Scan(_local);

    private Entity Retrieve(IOrganizationService service) =>
        service.Retrieve("contact", _data.ContactIds[Next() % SeededOrganization.ContactCount], new ColumnSet("fullname", "emailaddress1"));

    private EntityCollection Indexed(IOrganizationService service)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        query.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, _data.AccountIds[Next() % SeededOrganization.AccountCount]);
        return service.RetrieveMultiple(query);
    }

    private EntityCollection Scan(IOrganizationService service)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        query.Criteria.AddCondition("address1_city", ConditionOperator.Equal, SeededOrganization.CityOf(Next() % SeededOrganization.AccountCount));
        return service.RetrieveMultiple(query);
    }

    private int Next() => unchecked(_next = (_next + 7919) & int.MaxValue);
}

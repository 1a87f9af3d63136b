using System;
using System.ServiceModel;
using CxJourney.Emulator;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

/// <summary>
/// A local organization frozen at a known instant, queried end to end through IOrganizationService.RetrieveMultiple.
/// <see cref="Now"/> is Wednesday 2024-05-15 12:00 UTC.
/// </summary>
internal sealed class QueryOrg
{
    public static readonly DateTime Now = new(2024, 5, 15, 12, 0, 0, DateTimeKind.Utc);

    public QueryOrg()
    {
        Organization = LocalOrganization.Create(new LocalOrganizationOptions { Clock = new OrganizationClock(Now), IdSeed = 42 });
        Service = Organization.GetService();
    }

    public LocalOrganization Organization { get; }

    public IOrganizationService Service { get; }

    public Guid UserId => Organization.AdminUserId;

    /// <summary>Seeds one row (createdon, statecode... may be set) and returns its id.</summary>
    public Guid Add(string table, params (string Column, object? Value)[] values)
    {
        var row = new Entity(table, Guid.NewGuid());
        foreach ((string column, object? value) in values) row[column] = value;
        Organization.Seed(row);
        return row.Id;
    }

    public Guid Account(string name, params (string Column, object? Value)[] values)
    {
        var all = new (string, object?)[values.Length + 1];
        all[0] = ("name", name);
        values.CopyTo(all, 1);
        return Add("account", all);
    }

    public Guid Contact(string firstName, string lastName, params (string Column, object? Value)[] values)
    {
        var all = new (string, object?)[values.Length + 2];
        all[0] = ("firstname", firstName);
        all[1] = ("lastname", lastName);
        values.CopyTo(all, 2);
        return Add("contact", all);
    }

    public EntityCollection Retrieve(QueryBase query) => Service.RetrieveMultiple(query);

    public EntityCollection Fetch(string fetchXml) => Service.RetrieveMultiple(new FetchExpression(fetchXml));

    public static OrganizationServiceFault Fails(Action action)
        => Assert.Throws<FaultException<OrganizationServiceFault>>(action).Detail;

    public static object? Aliased(Entity entity, string key) => Assert.IsType<AliasedValue>(entity[key]).Value;
}

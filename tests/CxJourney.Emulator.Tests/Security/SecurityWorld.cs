using System;
using System.Collections.Generic;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Security;

/// <summary>
/// An organization with business units root → North → North East and root → South, and helpers to make
/// roles and users. Rows are seeded as the administrator, owned by whoever the test names.
/// </summary>
internal sealed class SecurityWorld
{
    /// <param name="metadata">The organization's tables and relationships (default: the standard ones).</param>
    public SecurityWorld(MetadataCatalog? metadata = null)
    {
        Org = LocalOrganization.Create(new LocalOrganizationOptions { Metadata = metadata });
        North = Org.CreateBusinessUnit("North");
        NorthEast = Org.CreateBusinessUnit("North East", North);
        South = Org.CreateBusinessUnit("South");
    }

    public LocalOrganization Org { get; }

    public Guid North { get; }

    public Guid NorthEast { get; }

    public Guid South { get; }

    /// <summary>A role with the given privileges, all at one depth.</summary>
    public string Role(string name, PrivilegeDepth depth, params string[] privileges)
    {
        var granted = new List<KeyValuePair<string, PrivilegeDepth>>();
        foreach (string privilege in privileges) granted.Add(new(privilege, depth));
        Org.Security.AddRole(new SecurityRole(Guid.NewGuid(), name, granted));
        return name;
    }

    public Guid User(string name, Guid unit, params string[] roles) => Org.NewUser(name, "User").In(unit).WithRoles(roles).Create();

    /// <summary>A contact owned by <paramref name="owner"/> (a user or a team), set up as the administrator.</summary>
    public Guid Contact(string lastName, Guid owner, string ownerTable = "systemuser")
    {
        var row = new Entity("contact", Guid.NewGuid()) { ["lastname"] = lastName, ["ownerid"] = new EntityReference(ownerTable, owner) };
        Org.Seed(row);
        return row.Id;
    }

    public IOrganizationService As(Guid user) => Org.GetService(user);

    public static OrganizationServiceFault Denied(Action action)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        return fault.Detail;
    }
}

using System;
using System.Collections.Generic;
using CxJourney.Emulator;
using CxJourney.Emulator.Security;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Demo;

/// <summary>
/// The demo organization's business units (North and South under the root) and the two users
/// `cxjourney demo --as` can serve the views as, each holding the shipped CX role on top of a service
/// role, as an admin sets them up after import: an agent of North sees North's journeys only, the CX
/// manager every business unit's. The replay's own agents alternate between the two units and own the
/// customers they serve, so every CX row lands in a business unit (it takes its contact's owner).
/// </summary>
public static class DemoViewers
{
    public const string AgentFullName = "Nora North";
    public const string ManagerFullName = "Morgan Manager";

    /// <summary>Stands for the agent's own service role (Customer Service Representative in Dynamics 365): contacts, cases, activities of the unit.</summary>
    public const string ServiceRole = "Demo service agent";

    public static (Guid North, Guid South) CreateUnits(LocalOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return (organization.CreateBusinessUnit("North"), organization.CreateBusinessUnit("South"));
    }

    public static void CreateViewers(LocalOrganization organization, Guid north)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var privileges = new List<KeyValuePair<string, PrivilegeDepth>>();
        foreach (var privilege in new[] { "prvReadContact", "prvReadAccount", "prvReadIncident", "prvReadActivity" })
            privileges.Add(new(privilege, PrivilegeDepth.Local));
        organization.Security.AddRole(new SecurityRole(Guid.NewGuid(), ServiceRole, privileges));
        organization.NewUser("Nora", "North").In(north).WithRoles(ServiceRole, "CX Agent").Create();
        organization.NewUser("Morgan", "Manager").WithRoles(ServiceRole, "CX Manager").Create();
    }
}

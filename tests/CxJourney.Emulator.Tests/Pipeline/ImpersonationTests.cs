using System;
using System.Linq;
using CxJourney.Emulator.Security;
using CxJourney.Emulator.Tests.Pipeline.Plugins;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline;

/// <summary>Who a step and its services run as.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-a-user
public class ImpersonationTests
{
    private static readonly Guid StepUser = Guid.Parse("5e1f3c2a-0000-4000-8000-000000000777");

    private static LocalOrganization Organization()
    {
        LocalOrganization organization = PipelineFixtures.Organization("impersonation");
        organization.NewUser("Step", "Runner").WithId(StepUser).WithRoles(SecurityRole.SystemAdministratorName).Create();
        return organization;
    }

    [Fact]
    public void A_step_registered_to_run_as_a_user_gets_that_UserId_and_the_callers_InitiatingUserId()
    {
        LocalOrganization organization = Organization();
        Guid caller = organization.NewUser("Calling", "User").WithRoles(SecurityRole.SystemAdministratorName).Create();
        organization.GetService(caller).Create(new Entity("contact") { ["lastname"] = "Impersonated" });

        Observation seen = Observations.For(organization.OrganizationId, "impersonated").Single();
        Assert.Equal(StepUser, seen.UserId);
        Assert.Equal(caller, seen.InitiatingUserId);
    }

    [Fact]
    public void The_service_factory_runs_as_the_user_it_is_given()
    {
        // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice
        // ("a null value indicates the SYSTEM user and a Guid.Empty value indicates the same user as IPluginExecutionContext.UserId")
        LocalOrganization organization = Organization();
        Guid caller = organization.NewUser("Calling", "User").WithRoles(SecurityRole.SystemAdministratorName).Create();
        organization.GetService(caller).Create(new Entity("contact") { ["lastname"] = "Impersonated" });

        Guid CreatedBy(string subject) => organization.Query("task")
            .Single(t => t.GetAttributeValue<string>("subject") == subject).GetAttributeValue<EntityReference>("createdby")!.Id;

        Assert.Equal(StepUser, CreatedBy("as-user"));
        Assert.Equal(organization.Plugins().SystemUserId, CreatedBy("as-system"));
        Assert.Equal(caller, CreatedBy("as-initiating"));
        Assert.Equal(StepUser, CreatedBy("as-empty"));
        Assert.Equal("SYSTEM", organization.Get("systemuser", organization.Plugins().SystemUserId).GetAttributeValue<string>("lastname"));
    }
}

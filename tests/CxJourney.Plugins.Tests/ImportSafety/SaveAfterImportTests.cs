using System;
using System.Linq;
using CxJourney.Emulator;
using CxJourney.Plugins.Capture;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Tests.Capture;
using CxJourney.Plugins.Tests.Infrastructure;
using CxJourney.Tests.Shared;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Tests.ImportSafety;

/// <summary>
/// The first minutes after an import: the touchpoint's alternate key is still Pending (its index is being built,
/// https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity), and any failed data
/// operation inside a synchronous step fails the user's save
/// (https://learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in#error-there-is-no-active-transaction).
/// Capture addresses its rows by a name-based primary id, never by the key, so saves go through.
/// </summary>
public class SaveAfterImportTests
{
    private static readonly TimeSpan IndexBuild = TimeSpan.FromMinutes(30);

    private readonly LocalOrganization _org = LocalOrganization.Create(new LocalOrganizationOptions
    {
        SolutionFolder = System.IO.Path.Combine(RepoPaths.Root, "Solution"),
        PluginAssemblies = [typeof(PluginBase).Assembly],
        Clock = new OrganizationClock(ProductOrganization.DefaultStart),
        IdSeed = 42,
        AlternateKeyIndexBuild = IndexBuild,
    });

    [Fact]
    public void An_email_case_and_resolution_saved_while_the_touchpoint_key_is_pending_are_captured()
    {
        var service = _org.GetService();
        Assert.Equal(AlternateKeyIndexStatus.Pending, _org.AlternateKeyStatus(Tables.Touchpoint, AlternateKeys.TouchpointSource));

        var ada = service.Create(new Entity(Tables.Contact) { [ContactColumns.FirstName] = "Ada", [ContactColumns.LastName] = "Lovelace" });
        var caseId = service.Create(new Entity(Tables.Incident) { [IncidentColumns.Title] = "Printer jams", [IncidentColumns.CustomerId] = new EntityReference(Tables.Contact, ada) });
        var email = service.Create(new Entity(Tables.Email)
        {
            [EmailColumns.DirectionCode] = StandardChoices.DirectionCode.Incoming,
            [EmailColumns.From] = CaptureWorld.Contacts(ada),
            [ActivityColumns.Subject] = "Any news?",
        });
        service.Execute(new OrganizationRequest("CloseIncident")
        {
            ["IncidentResolution"] = new Entity(Tables.IncidentResolution) { [IncidentResolutionColumns.Subject] = "Fixed", [IncidentResolutionColumns.IncidentId] = new EntityReference(Tables.Incident, caseId) },
            ["Status"] = new OptionSetValue(-1),
        });

        var touchpoints = _org.Query(Tables.Touchpoint).ToList();
        Assert.Equal(
            new[] { Tables.Email + " " + Choices.TouchpointKind.Created, Tables.Incident + " " + Choices.TouchpointKind.Created, Tables.Incident + " " + Choices.TouchpointKind.Resolved }.Order(),
            touchpoints.Select(t => t.GetAttributeValue<string>(TouchpointColumns.SourceTable) + " " + t.GetAttributeValue<OptionSetValue>(TouchpointColumns.Kind)!.Value).Order());
        Assert.Contains(touchpoints, t => t.GetAttributeValue<string>(TouchpointColumns.SourceId) == email.ToString("D"));
        Assert.All(_org.Pipeline().Log.RunsOf(typeof(ActivityCapturePlugin)).Concat(_org.Pipeline().Log.RunsOf(typeof(CaseCapturePlugin))),
            r => Assert.All(r.ServiceCalls, c => Assert.True(c.Succeeded)));
        // Still Pending: nothing above needed the key.
        Assert.Equal(AlternateKeyIndexStatus.Pending, _org.AlternateKeyStatus(Tables.Touchpoint, AlternateKeys.TouchpointSource));
    }

    [Fact]
    public void The_same_write_by_the_alternate_key_would_have_failed_the_save()
    {
        // The write the product used to make (the touchpoint addressed by its key) meets the Pending key.
        var service = _org.GetService();
        var ada = service.Create(new Entity(Tables.Contact) { [ContactColumns.LastName] = "Lovelace" });
        var byKey = new Entity(Tables.Touchpoint);
        byKey.KeyAttributes[TouchpointColumns.SourceTable] = Tables.Email;
        byKey.KeyAttributes[TouchpointColumns.SourceId] = Guid.NewGuid().ToString("D");
        byKey.KeyAttributes[TouchpointColumns.Kind] = new OptionSetValue(Choices.TouchpointKind.Created);
        byKey.KeyAttributes[TouchpointColumns.Contact] = new EntityReference(Tables.Contact, ada);
        byKey[TouchpointColumns.Name] = "x";
        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
            service.Execute(new Microsoft.Xrm.Sdk.Messages.UpsertRequest { Target = byKey }));
        Assert.Contains(AlternateKeys.TouchpointSource, fault.Detail.Message);
    }
}

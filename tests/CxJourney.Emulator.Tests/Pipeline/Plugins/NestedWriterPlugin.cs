using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>
/// Creates a task ("subject=...") through its organization service, regarding the primary row when
/// it exists; then, when the Target's name is "fail-nested", creates a contact whose last name is
/// "FAIL" (which a contact step refuses), leaving the failure to the platform.
/// </summary>
public sealed class NestedWriterPlugin : IPlugin
{
    private readonly PluginConfig _config;

    public NestedWriterPlugin(string unsecure) { _config = new PluginConfig(unsecure); }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        IOrganizationService service = factory.CreateOrganizationService(context.UserId);

        var task = new Entity("task") { ["subject"] = _config["subject"] ?? "written by a plug-in" };
        if (context.Stage == 40 && context.PrimaryEntityId != Guid.Empty && context.PrimaryEntityName is "account" or "contact")
        {
            task["regardingobjectid"] = new EntityReference(context.PrimaryEntityName, context.PrimaryEntityId);
        }
        service.Create(task);

        if (context.InputParameters.TryGetValue("Target", out object? target) && target is Entity row && row.GetAttributeValue<string>("name") == "fail-nested")
        {
            service.Create(new Entity("contact") { ["lastname"] = "FAIL" });
        }
    }
}

using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>
/// An asynchronous plug-in written for at-least-once delivery: it creates the follow-up task of an
/// account only when the account has none yet.
/// </summary>
public sealed class IdempotentTaskPlugin : IPlugin
{
    public const string Subject = "Welcome call";

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        IOrganizationService service = factory.CreateOrganizationService(context.UserId);

        var existing = new QueryExpression("task") { ColumnSet = new ColumnSet("activityid") };
        existing.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, context.PrimaryEntityId);
        existing.Criteria.AddCondition("subject", ConditionOperator.Equal, Subject);
        if (service.RetrieveMultiple(existing).Entities.Count > 0) return;

        service.Create(new Entity("task")
        {
            ["subject"] = Subject,
            ["regardingobjectid"] = new EntityReference("account", context.PrimaryEntityId),
        });
    }
}

using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class ExecutionContextTests
{
    [Fact]
    public void RemoteExecutionContext_starts_with_empty_collections_and_no_parent()
    {
        var context = new RemoteExecutionContext();
        IPluginExecutionContext asPlugin = context;

        Assert.Empty(context.InputParameters);
        Assert.Empty(context.OutputParameters);
        Assert.Empty(context.SharedVariables);
        Assert.Empty(context.PreEntityImages);
        Assert.Empty(context.PostEntityImages);
        Assert.Null(asPlugin.ParentContext);
    }

    [Fact]
    public void RemoteExecutionContext_values_are_visible_through_the_interfaces()
    {
        var parent = new RemoteExecutionContext { MessageName = "Create", Depth = 1 };
        var context = new RemoteExecutionContext
        {
            MessageName = "Update",
            PrimaryEntityName = "incident",
            PrimaryEntityId = Guid.NewGuid(),
            Stage = 40,
            Depth = 2,
            ParentContext = parent,
        };
        context.InputParameters["Target"] = new Entity("incident");
        context.PreEntityImages["PreImage"] = new Entity("incident");

        IPluginExecutionContext plugin = context;
        IExecutionContext execution = context;

        Assert.Equal("Update", execution.MessageName);
        Assert.Equal(2, execution.Depth);
        Assert.Equal(40, plugin.Stage);
        Assert.Same(parent, plugin.ParentContext);
        Assert.True(execution.InputParameters.TryGetValue("Target", out Entity target));
        Assert.Equal("incident", target.LogicalName);
        Assert.True(execution.PreEntityImages.Contains("PreImage"));
    }

    // https://learn.microsoft.com/en-us/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontextextensions.iswithinmaintransaction
    [Theory]
    [InlineData(10, false)]
    [InlineData(20, true)]
    [InlineData(30, true)]
    [InlineData(40, true)]
    [InlineData(50, false)]
    public void IsWithinMainTransaction_covers_stages_20_to_40(int stage, bool expected)
    {
        var context = new RemoteExecutionContext { Stage = stage };

        Assert.Equal(expected, context.IsWithinMainTransaction());
    }
}

using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>Gives a step run organization services whose calls are nested requests of the run's operation.</summary>
internal sealed class PluginOrganizationServiceFactory : IOrganizationServiceFactory
{
    private readonly PluginPipeline _pipeline;
    private readonly StepInvocation _invocation;

    public PluginOrganizationServiceFactory(PluginPipeline pipeline, StepInvocation invocation)
    {
        _pipeline = pipeline;
        _invocation = invocation;
    }

    /// <summary>
    /// null: the SYSTEM user; Guid.Empty: the context's UserId (the step's user); any other id: that user.
    /// </summary>
    // https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice
    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        Guid user = userId switch
        {
            null => _pipeline.SystemUserId,
            Guid id when id == Guid.Empty => _invocation.Context.UserId,
            Guid id => id,
        };
        return new PluginOrganizationService(_pipeline, _invocation, user);
    }
}

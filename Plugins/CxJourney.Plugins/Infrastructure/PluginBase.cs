using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>
/// Base of every CxJourney plugin. Dataverse creates one instance per step and calls Execute from
/// many threads at once, so a plugin keeps only what its constructor receives (the step's
/// configuration strings); all per-call state lives in <see cref="ILocalPluginContext"/>.
/// </summary>
public abstract class PluginBase : IPlugin
{
    protected PluginBase(string? unsecureConfiguration = null, string? secureConfiguration = null)
    {
        PluginClassName = GetType().FullName ?? GetType().Name;
        UnsecureConfiguration = unsecureConfiguration;
        SecureConfiguration = secureConfiguration;
    }

    protected string PluginClassName { get; }

    /// <summary>The step's unsecure configuration: readable by anyone who can read the step.</summary>
    protected string? UnsecureConfiguration { get; }

    /// <summary>The step's secure configuration: readable only by administrators; never traced.</summary>
    protected string? SecureConfiguration { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        var local = new LocalPluginContext(serviceProvider);
        var context = local.ExecutionContext;
        local.Trace(
            $"Entered {PluginClassName}: {context.MessageName} of {context.PrimaryEntityName} {context.PrimaryEntityId}, " +
            $"stage {context.Stage}, mode {context.Mode}, depth {context.Depth}, correlation {context.CorrelationId}");
        try
        {
            ExecutePlugin(local);
        }
        catch (InvalidPluginExecutionException)
        {
            throw;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (context.Mode == AsynchronousMode && fault.Detail?.ErrorCode == ObjectDoesNotExist)
        {
            // An asynchronous job runs after the operation that queued it has committed; a record it names (the case,
            // the contact) can be deleted in between. No retry can bring it back, so the job ends here, traced, instead
            // of Failed. Each write of these jobs is idempotent on its own, so stopping part-way leaves nothing to undo.
            local.Trace($"A record this job needs no longer exists ({fault.Detail?.Message ?? fault.Message}); it was deleted after the event. Nothing more to do.");
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            // The platform shows this message to the user; keep the technical detail in the trace.
            local.Trace($"Organization service fault {fault.Detail?.ErrorCode:X}: {fault.Detail?.Message ?? fault.Message}");
            throw new InvalidPluginExecutionException(
                $"CxJourney could not complete {context.MessageName} of this {context.PrimaryEntityName}: {fault.Detail?.Message ?? fault.Message}", fault);
        }
        catch (Exception unexpected)
        {
            local.Trace($"Unexpected {unexpected.GetType().Name}: {unexpected}");
            throw new InvalidPluginExecutionException(
                $"CxJourney hit an unexpected error during {context.MessageName} of this {context.PrimaryEntityName}. " +
                $"Your administrator can find the details in the plug-in trace log (correlation {context.CorrelationId}).", unexpected);
        }
        finally
        {
            local.Trace($"Exiting {PluginClassName} after {local.Elapsed.TotalMilliseconds:0.0} ms");
        }
    }

    /// <summary>IExecutionContext.Mode of an asynchronous step.</summary>
    public const int AsynchronousMode = 1;

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (ObjectDoesNotExist)
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>The plugin's work. Throw InvalidPluginExecutionException with a message a user can act on.</summary>
    protected abstract void ExecutePlugin(ILocalPluginContext context);
}

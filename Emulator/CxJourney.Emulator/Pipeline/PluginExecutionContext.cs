using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// What a plug-in reads from its service provider: every member of IPluginExecutionContext up to
/// version 7. The pipeline fills one per step run; InputParameters, OutputParameters and
/// SharedVariables are the pipeline's own collections, so what a plug-in changes there reaches
/// the core operation and the later steps as in Dataverse.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context
public sealed class PluginExecutionContext : IPluginExecutionContext7
{
    public PluginExecutionContext(
        ParameterCollection? inputParameters = null,
        ParameterCollection? outputParameters = null,
        ParameterCollection? sharedVariables = null)
    {
        InputParameters = inputParameters ?? new ParameterCollection();
        OutputParameters = outputParameters ?? new ParameterCollection();
        SharedVariables = sharedVariables ?? new ParameterCollection();
    }

    // ---- IPluginExecutionContext --------------------------------------------------------

    public int Stage { get; set; }

    public PluginExecutionContext? ParentContext { get; set; }

    IPluginExecutionContext? IPluginExecutionContext.ParentContext => ParentContext;

    // ---- IExecutionContext ---------------------------------------------------------------

    /// <summary>0 synchronous, 1 asynchronous.</summary>
    public int Mode { get; set; }

    /// <summary>2: sandbox, the only isolation Dataverse online has.</summary>
    public int IsolationMode { get; set; } = 2;

    public int Depth { get; set; } = 1;

    public string MessageName { get; set; } = "";

    /// <summary>The table's logical name, or "none" for a message without one.</summary>
    public string PrimaryEntityName { get; set; } = "none";

    public Guid? RequestId { get; set; }

    public string SecondaryEntityName { get; set; } = "none";

    public ParameterCollection InputParameters { get; }

    public ParameterCollection OutputParameters { get; }

    public ParameterCollection SharedVariables { get; }

    public Guid UserId { get; set; }

    public Guid InitiatingUserId { get; set; }

    public Guid BusinessUnitId { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = "";

    public Guid PrimaryEntityId { get; set; }

    public EntityImageCollection PreEntityImages { get; set; } = new();

    public EntityImageCollection PostEntityImages { get; set; } = new();

    public EntityReference? OwningExtension { get; set; }

    public Guid CorrelationId { get; set; }

    public bool IsExecutingOffline { get; set; }

    public bool IsOfflinePlayback { get; set; }

    public bool IsInTransaction { get; set; }

    /// <summary>The system job (asyncoperation) id for an asynchronous step; empty for a synchronous one.</summary>
    public Guid OperationId { get; set; }

    public DateTime OperationCreatedOn { get; set; }

    // ---- IPluginExecutionContext2..7 -----------------------------------------------------

    public Guid UserAzureActiveDirectoryObjectId { get; set; }

    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

    public Guid InitiatingUserApplicationId { get; set; }

    public Guid PortalsContactId { get; set; }

    public bool IsPortalsClientCall { get; set; }

    public Guid AuthenticatedUserId { get; set; }

    /// <summary>One image collection per item of Targets, in the same order (CreateMultiple/UpdateMultiple).</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation#entity-images
    public EntityImageCollection[] PreEntityImagesCollection { get; set; } = [];

    public EntityImageCollection[] PostEntityImagesCollection { get; set; } = [];

    public string InitiatingUserAgent { get; set; } = "CxJourney.Emulator";

    public string EnvironmentId { get; set; } = "";

    public Guid TenantId { get; set; }

    public bool IsApplicationUser { get; set; }

    public override string ToString() => $"{MessageName} of {PrimaryEntityName} (stage {Stage}, {(Mode == 1 ? "async" : "sync")}, depth {Depth})";
}

using System.Collections.Generic;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// Deep copies of parameter collections and execution contexts. Dataverse serializes the context
/// it hands to the sandbox and to the asynchronous service, so a plug-in never shares objects
/// with its caller or with a later attempt of the same job.
/// </summary>
internal static class ContextCopy
{
    public static ParameterCollection Parameters(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (KeyValuePair<string, object?> pair in source) copy[pair.Key] = Value(pair.Value);
        return copy;
    }

    public static PluginExecutionContext Context(PluginExecutionContext source)
    {
        var copy = new PluginExecutionContext(Parameters(source.InputParameters), Parameters(source.OutputParameters), Parameters(source.SharedVariables))
        {
            Stage = source.Stage,
            ParentContext = source.ParentContext,
            Mode = source.Mode,
            IsolationMode = source.IsolationMode,
            Depth = source.Depth,
            MessageName = source.MessageName,
            PrimaryEntityName = source.PrimaryEntityName,
            RequestId = source.RequestId,
            SecondaryEntityName = source.SecondaryEntityName,
            UserId = source.UserId,
            InitiatingUserId = source.InitiatingUserId,
            BusinessUnitId = source.BusinessUnitId,
            OrganizationId = source.OrganizationId,
            OrganizationName = source.OrganizationName,
            PrimaryEntityId = source.PrimaryEntityId,
            PreEntityImages = Images(source.PreEntityImages),
            PostEntityImages = Images(source.PostEntityImages),
            OwningExtension = source.OwningExtension is null ? null : RowCopy.CloneReference(source.OwningExtension),
            CorrelationId = source.CorrelationId,
            IsExecutingOffline = source.IsExecutingOffline,
            IsOfflinePlayback = source.IsOfflinePlayback,
            IsInTransaction = source.IsInTransaction,
            OperationId = source.OperationId,
            OperationCreatedOn = source.OperationCreatedOn,
            UserAzureActiveDirectoryObjectId = source.UserAzureActiveDirectoryObjectId,
            InitiatingUserAzureActiveDirectoryObjectId = source.InitiatingUserAzureActiveDirectoryObjectId,
            InitiatingUserApplicationId = source.InitiatingUserApplicationId,
            PortalsContactId = source.PortalsContactId,
            IsPortalsClientCall = source.IsPortalsClientCall,
            AuthenticatedUserId = source.AuthenticatedUserId,
            PreEntityImagesCollection = ImageArray(source.PreEntityImagesCollection),
            PostEntityImagesCollection = ImageArray(source.PostEntityImagesCollection),
            InitiatingUserAgent = source.InitiatingUserAgent,
            EnvironmentId = source.EnvironmentId,
            TenantId = source.TenantId,
            IsApplicationUser = source.IsApplicationUser,
        };
        return copy;
    }

    public static object? Value(object? value) => value switch
    {
        Entity or EntityReference or EntityCollection or OptionSetValue or Money or OptionSetValueCollection or AliasedValue or byte[] => RowCopy.CloneValue(value),
        Entity[] entities => CloneArray(entities),
        _ => value,
    };

    public static EntityImageCollection Images(EntityImageCollection source)
    {
        var copy = new EntityImageCollection();
        foreach (KeyValuePair<string, Entity> image in source) copy[image.Key] = RowCopy.Clone(image.Value);
        return copy;
    }

    private static EntityImageCollection[] ImageArray(EntityImageCollection[] source)
    {
        var copy = new EntityImageCollection[source.Length];
        for (int i = 0; i < source.Length; i++) copy[i] = Images(source[i]);
        return copy;
    }

    private static Entity[] CloneArray(Entity[] source)
    {
        var copy = new Entity[source.Length];
        for (int i = 0; i < source.Length; i++) copy[i] = RowCopy.Clone(source[i]);
        return copy;
    }
}

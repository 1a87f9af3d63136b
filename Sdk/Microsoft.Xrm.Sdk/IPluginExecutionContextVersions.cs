using System;

namespace Microsoft.Xrm.Sdk
{
    // Later context versions; each adds members and re-lists all its ancestors as the official metadata does.

    public interface IPluginExecutionContext2 : IPluginExecutionContext, IExecutionContext
    {
        Guid UserAzureActiveDirectoryObjectId { get; }

        Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

        Guid InitiatingUserApplicationId { get; }

        Guid PortalsContactId { get; }

        bool IsPortalsClientCall { get; }
    }

    public interface IPluginExecutionContext3 : IPluginExecutionContext2, IPluginExecutionContext, IExecutionContext
    {
        Guid AuthenticatedUserId { get; }
    }

    public interface IPluginExecutionContext4 : IPluginExecutionContext3, IPluginExecutionContext2, IPluginExecutionContext, IExecutionContext
    {
        EntityImageCollection[] PreEntityImagesCollection { get; }

        EntityImageCollection[] PostEntityImagesCollection { get; }
    }

    public interface IPluginExecutionContext5 : IPluginExecutionContext4, IPluginExecutionContext3, IPluginExecutionContext2, IPluginExecutionContext, IExecutionContext
    {
        string InitiatingUserAgent { get; }
    }

    public interface IPluginExecutionContext6 : IPluginExecutionContext5, IPluginExecutionContext4, IPluginExecutionContext3, IPluginExecutionContext2, IPluginExecutionContext, IExecutionContext
    {
        string EnvironmentId { get; }

        Guid TenantId { get; }
    }

    public interface IPluginExecutionContext7 : IPluginExecutionContext6, IPluginExecutionContext5, IPluginExecutionContext4, IPluginExecutionContext3, IPluginExecutionContext2, IPluginExecutionContext, IExecutionContext
    {
        bool IsApplicationUser { get; }
    }
}

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Posts the execution context to a registered service endpoint (Service Bus, webhook).</summary>
    public interface IServiceEndpointNotificationService
    {
        string Execute(EntityReference serviceEndpoint, IExecutionContext context);
    }
}

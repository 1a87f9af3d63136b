namespace Microsoft.Xrm.Sdk
{
    /// <summary>The context of a plug-in step: adds the pipeline stage and the parent operation's context.</summary>
    public interface IPluginExecutionContext : IExecutionContext
    {
        int Stage { get; }

        /// <summary>The context of the operation that caused this one; null at the top of the chain.</summary>
        IPluginExecutionContext? ParentContext { get; }
    }
}

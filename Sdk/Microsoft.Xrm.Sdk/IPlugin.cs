using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A plug-in: Dataverse calls Execute with a provider of the pipeline services.</summary>
    public interface IPlugin
    {
        void Execute(IServiceProvider serviceProvider);
    }
}

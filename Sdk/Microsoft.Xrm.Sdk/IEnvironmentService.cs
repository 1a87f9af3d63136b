using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Facts about the environment the plug-in runs in.</summary>
    public interface IEnvironmentService
    {
        Uri AzureAuthorityHost { get; }

        string Geo { get; }

        string AzureRegionName { get; }
    }
}

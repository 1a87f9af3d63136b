using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Reads feature-control settings of the organization.</summary>
    public interface IFeatureControlService
    {
        object GetFeatureControl(string namespaceValue, string featureControlName, out Type type);
    }
}

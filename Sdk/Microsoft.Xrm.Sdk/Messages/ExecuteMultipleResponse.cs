using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponse()
    {
    }

    public bool IsFaulted => ParameterValue.Get<bool>(Results, "IsFaulted");

    public ExecuteMultipleResponseItemCollection Responses => ParameterValue.Get<ExecuteMultipleResponseItemCollection>(Results, "Responses");
}

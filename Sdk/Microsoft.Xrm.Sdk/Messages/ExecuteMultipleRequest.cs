using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null!;
        Settings = null!;
    }

    public OrganizationRequestCollection Requests
    {
        get => ParameterValue.Get<OrganizationRequestCollection>(Parameters, "Requests");
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => ParameterValue.Get<ExecuteMultipleSettings>(Parameters, "Settings");
        set => Parameters["Settings"] = value;
    }
}

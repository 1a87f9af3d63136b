using Microsoft.Xrm.Sdk.Query;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Target = null!;
        ColumnSet = null!;
    }

    public EntityReference Target
    {
        get => ParameterValue.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ColumnSet ColumnSet
    {
        get => ParameterValue.Get<ColumnSet>(Parameters, "ColumnSet");
        set => Parameters["ColumnSet"] = value;
    }

    public bool ReturnNotifications
    {
        get => ParameterValue.Get<bool>(Parameters, "ReturnNotifications");
        set => Parameters["ReturnNotifications"] = value;
    }
}

using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        Target = null!;
    }

    public EntityReference Target
    {
        get => ParameterValue.Get<EntityReference>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterValue.Get<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}

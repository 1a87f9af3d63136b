using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        Target = null!;
    }

    public Entity Target
    {
        get => ParameterValue.Get<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterValue.Get<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}

using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class UpdateMultipleRequest : OrganizationRequest
{
    public UpdateMultipleRequest()
    {
        RequestName = "UpdateMultiple";
        Targets = null!;
    }

    public EntityCollection Targets
    {
        get => ParameterValue.Get<EntityCollection>(Parameters, "Targets");
        set => Parameters["Targets"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => ParameterValue.Get<ConcurrencyBehavior>(Parameters, "ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}

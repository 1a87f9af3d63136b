using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class UpsertMultipleRequest : OrganizationRequest
{
    public UpsertMultipleRequest()
    {
        RequestName = "UpsertMultiple";
        Targets = null!;
    }

    public EntityCollection Targets
    {
        get => ParameterValue.Get<EntityCollection>(Parameters, "Targets");
        set => Parameters["Targets"] = value;
    }
}

using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null!;
    }

    public Entity Target
    {
        get => ParameterValue.Get<Entity>(Parameters, "Target");
        set => Parameters["Target"] = value;
    }
}

using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class CreateResponse : OrganizationResponse
{
    public CreateResponse()
    {
    }

    public Guid id => ParameterValue.Get<Guid>(Results, "id");
}

using Microsoft.Xrm.Sdk.Query;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
    }

    public EntityCollection EntityCollection => ParameterValue.Get<EntityCollection>(Results, "EntityCollection");
}

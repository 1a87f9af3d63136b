using Microsoft.Xrm.Sdk.Query;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null!;
    }

    public QueryBase Query
    {
        get => ParameterValue.Get<QueryBase>(Parameters, "Query");
        set => Parameters["Query"] = value;
    }
}

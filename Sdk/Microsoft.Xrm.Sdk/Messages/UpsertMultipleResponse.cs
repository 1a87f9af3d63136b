using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class UpsertMultipleResponse : OrganizationResponse
{
    public UpsertMultipleResponse()
    {
    }

    public new UpsertResponse[] Results => ParameterValue.Get<UpsertResponse[]>(base.Results, "Results");
}

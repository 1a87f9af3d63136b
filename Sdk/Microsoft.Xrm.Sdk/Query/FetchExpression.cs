using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

[DataContract(Name = "FetchExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class FetchExpression : QueryBase
{
    public FetchExpression()
    {
    }

    public FetchExpression(string query)
    {
        Query = query;
    }

    /// <summary>The FetchXML text.</summary>
    [DataMember]
    public string Query { get; set; } = null!;
}

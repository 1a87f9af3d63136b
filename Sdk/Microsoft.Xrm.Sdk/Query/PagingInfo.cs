using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

// All members start at their CLR defaults (page 0, count 0, no cookie); Dataverse treats
// a zero page number and count as "first page, default page size".
[DataContract(Name = "PagingInfo", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class PagingInfo : IExtensibleDataObject
{
    public PagingInfo()
    {
    }

    [DataMember]
    public int PageNumber { get; set; }

    [DataMember]
    public int Count { get; set; }

    [DataMember]
    public bool ReturnTotalRecordCount { get; set; }

    [DataMember]
    public string? PagingCookie { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}

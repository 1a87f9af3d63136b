using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The requests of ExecuteMultiple / ExecuteTransaction.</summary>
    [CollectionDataContract(Name = "OrganizationRequestCollection", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
    public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
    {
        public OrganizationRequestCollection()
        {
        }
    }
}

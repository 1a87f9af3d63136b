using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The per-request outcomes of ExecuteMultiple.</summary>
    [CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = "http://schemas.microsoft.com/xrm/2012/Contracts")]
    public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
    {
        public ExecuteMultipleResponseItemCollection()
        {
        }
    }
}

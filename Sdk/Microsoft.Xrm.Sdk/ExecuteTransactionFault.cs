using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The fault of ExecuteTransaction: which request (0-based) failed.</summary>
    [Serializable]
    [DataContract(Name = "ExecuteTransactionFault", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
    public sealed class ExecuteTransactionFault : OrganizationServiceFault
    {
        public ExecuteTransactionFault()
        {
        }

        [DataMember]
        public int FaultedRequestIndex { get; set; }
    }
}

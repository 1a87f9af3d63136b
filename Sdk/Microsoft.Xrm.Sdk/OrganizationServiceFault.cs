using System;
using System.Globalization;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The detail of FaultException&lt;OrganizationServiceFault&gt; thrown by IOrganizationService.</summary>
    [Serializable]
    [DataContract(Name = "OrganizationServiceFault", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationServiceFault : BaseServiceFault
    {
        public OrganizationServiceFault()
        {
        }

        [DataMember]
        public string? TraceText { get; set; }

        [DataMember]
        public OrganizationServiceFault? InnerFault { get; set; }

        public override string ToString()
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "OrganizationServiceFault: ErrorCode={0} (0x{0:X8}), Message={1}",
                ErrorCode,
                Message);
        }
    }
}

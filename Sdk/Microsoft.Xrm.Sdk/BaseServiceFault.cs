using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The common content of the SOAP faults the services return.</summary>
    [Serializable]
    [DataContract(Name = "BaseServiceFault", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    [KnownType(typeof(ExecuteTransactionFault))]
    public abstract class BaseServiceFault : IExtensibleDataObject
    {
        private ErrorDetailCollection? _errorDetails;

        protected BaseServiceFault()
        {
        }

        [DataMember]
        public string Message { get; set; } = null!;

        [DataMember]
        public int ErrorCode { get; set; }

        [DataMember]
        public string? HelpLink { get; set; }

        [DataMember]
        public DateTime Timestamp { get; set; }

        [DataMember]
        public Guid ActivityId { get; set; }

        [DataMember]
        public ErrorDetailCollection ErrorDetails
        {
            get => _errorDetails ??= new ErrorDetailCollection();
            set => _errorDetails = value;
        }

        public ExtensionDataObject? ExtensionData { get; set; }
    }
}

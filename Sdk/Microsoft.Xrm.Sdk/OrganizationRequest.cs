using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message sent to IOrganizationService.Execute; typed requests derive from it.</summary>
    [DataContract(Name = "OrganizationRequest", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationRequest : IExtensibleDataObject
    {
        private ParameterCollection _parameters = new ParameterCollection();

        public OrganizationRequest()
        {
        }

        public OrganizationRequest(string requestName)
        {
            RequestName = requestName;
        }

        [DataMember]
        public string RequestName { get; set; } = null!;

        public object? this[string parameterName]
        {
            get => Parameters[parameterName];
            set => Parameters[parameterName] = value;
        }

        [DataMember]
        public ParameterCollection Parameters
        {
            get => _parameters;
            set => _parameters = value ?? new ParameterCollection();
        }

        [DataMember]
        public Guid? RequestId { get; set; }

        public ExtensionDataObject? ExtensionData { get; set; }
    }
}

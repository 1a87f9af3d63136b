using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The result of IOrganizationService.Execute; typed responses derive from it.</summary>
    [DataContract(Name = "OrganizationResponse", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class OrganizationResponse : IExtensibleDataObject
    {
        private ParameterCollection _results = new ParameterCollection();

        public OrganizationResponse()
        {
        }

        [DataMember]
        public string ResponseName { get; set; } = null!;

        public object? this[string parameterName]
        {
            get => Results[parameterName];
            set => Results[parameterName] = value;
        }

        [DataMember]
        public ParameterCollection Results
        {
            get => _results;
            set => _results = value ?? new ParameterCollection();
        }

        public ExtensionDataObject? ExtensionData { get; set; }
    }
}

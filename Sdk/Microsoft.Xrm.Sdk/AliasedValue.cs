using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A value from a linked table or aggregate, stored in the attributes under its alias.</summary>
    [DataContract(Name = "AliasedValue", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class AliasedValue : IExtensibleDataObject
    {
        public AliasedValue()
        {
        }

        public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
        {
            EntityLogicalName = entityLogicalName;
            AttributeLogicalName = attributeLogicalName;
            Value = value;
        }

        [DataMember]
        public string AttributeLogicalName { get; internal set; } = null!;

        [DataMember]
        public string EntityLogicalName { get; internal set; } = null!;

        [DataMember]
        public object? Value { get; internal set; }

        public ExtensionDataObject? ExtensionData { get; set; }
    }
}

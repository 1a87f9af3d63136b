using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The value of a choice (picklist, state, status) column; equal when the integers are.</summary>
    [DataContract(Name = "OptionSetValue", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class OptionSetValue : IExtensibleDataObject
    {
        public OptionSetValue()
        {
        }

        public OptionSetValue(int value)
        {
            Value = value;
        }

        [DataMember]
        public int Value { get; set; }

        public ExtensionDataObject? ExtensionData { get; set; }

        public override bool Equals(object? obj) => obj is OptionSetValue other && other.Value == Value;

        public override int GetHashCode() => Value.GetHashCode();
    }
}

using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The value of a currency column; equal when the decimals are.</summary>
    [DataContract(Name = "Money", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class Money : IExtensibleDataObject
    {
        public Money()
        {
        }

        public Money(decimal value)
        {
            Value = value;
        }

        [DataMember]
        public decimal Value { get; set; }

        public ExtensionDataObject? ExtensionData { get; set; }

        public override bool Equals(object? obj) => obj is Money other && other.Value == Value;

        public override int GetHashCode() => Value.GetHashCode();
    }
}

using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// Names a relationship (and, for self-referencing ones, which side the primary record is on).
    /// Used as the key of RelatedEntityCollection, hence value equality.
    /// </summary>
    [DataContract(Name = "Relationship", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class Relationship : IExtensibleDataObject
    {
        public Relationship()
        {
        }

        public Relationship(string schemaName)
        {
            SchemaName = schemaName;
        }

        [DataMember]
        public string SchemaName { get; set; } = null!;

        [DataMember]
        public EntityRole? PrimaryEntityRole { get; set; }

        public ExtensionDataObject? ExtensionData { get; set; }

        public override bool Equals(object? obj)
        {
            return obj is Relationship other
                && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
                && PrimaryEntityRole == other.PrimaryEntityRole;
        }

        public override int GetHashCode()
        {
            int hash = SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName);
            return PrimaryEntityRole.HasValue ? hash ^ ((int)PrimaryEntityRole.Value + 1) : hash;
        }

        public override string ToString() => SchemaName ?? string.Empty;
    }
}

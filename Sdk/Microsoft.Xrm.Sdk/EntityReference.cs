using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Identifies a record by logical name and id (or alternate key).</summary>
    [Serializable]
    [DataContract(Name = "EntityReference", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityReference : IExtensibleDataObject
    {
        private KeyAttributeCollection? _keyAttributes;

        public EntityReference()
        {
        }

        public EntityReference(string logicalName)
        {
            LogicalName = logicalName;
        }

        public EntityReference(string logicalName, Guid id)
        {
            LogicalName = logicalName;
            Id = id;
        }

        public EntityReference(string logicalName, string keyName, object keyValue)
        {
            LogicalName = logicalName;
            KeyAttributes[keyName] = keyValue;
        }

        public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        {
            LogicalName = logicalName;
            KeyAttributes = keyAttributeCollection;
        }

        [DataMember]
        public Guid Id { get; set; }

        [DataMember]
        public string LogicalName { get; set; } = null!;

        [DataMember]
        public string? Name { get; set; }

        [DataMember]
        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes ??= new KeyAttributeCollection();
            set => _keyAttributes = value;
        }

        [DataMember]
        public string? RowVersion { get; set; }

        public ExtensionDataObject? ExtensionData { get; set; }

        /// <summary>
        /// Two references are equal when they name the same table (ordinal) and the same id;
        /// Name, RowVersion and key attributes do not take part.
        /// </summary>
        public override bool Equals(object? obj)
        {
            if (ReferenceEquals(this, obj))
            {
                return true;
            }

            return obj is EntityReference other
                && Id == other.Id
                && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal);
        }

        public override int GetHashCode()
        {
            int hash = Id.GetHashCode();
            return LogicalName == null ? hash : hash ^ StringComparer.Ordinal.GetHashCode(LogicalName);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A record: logical name, id, attribute values and their satellites.</summary>
    [DataContract(Name = "Entity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class Entity : IExtensibleDataObject
    {
        private AttributeCollection? _attributes;
        private FormattedValueCollection? _formattedValues;
        private RelatedEntityCollection? _relatedEntities;
        private KeyAttributeCollection? _keyAttributes;

        public Entity()
        {
        }

        public Entity(string entityName)
        {
            LogicalName = entityName;
        }

        public Entity(string entityName, Guid id)
        {
            LogicalName = entityName;
            Id = id;
        }

        public Entity(string entityName, string keyName, object keyValue)
        {
            LogicalName = entityName;
            KeyAttributes[keyName] = keyValue;
        }

        public Entity(string entityName, KeyAttributeCollection keyAttributes)
        {
            LogicalName = entityName;
            KeyAttributes = keyAttributes;
        }

        [DataMember]
        public string LogicalName { get; set; } = null!;

        [DataMember]
        public virtual Guid Id { get; set; }

        // The satellite collections are created on first use so that a null assigned by a
        // serializer or caller never surfaces as a NullReferenceException in plug-in code.
        [DataMember]
        public AttributeCollection Attributes
        {
            get => _attributes ??= new AttributeCollection();
            set => _attributes = value;
        }

        [DataMember]
        public EntityState? EntityState { get; set; }

        [DataMember]
        public FormattedValueCollection FormattedValues
        {
            get => _formattedValues ??= new FormattedValueCollection();
            set => _formattedValues = value;
        }

        [DataMember]
        public RelatedEntityCollection RelatedEntities
        {
            get => _relatedEntities ??= new RelatedEntityCollection();
            set => _relatedEntities = value;
        }

        [DataMember]
        public string? RowVersion { get; set; }

        [DataMember]
        public KeyAttributeCollection KeyAttributes
        {
            get => _keyAttributes ??= new KeyAttributeCollection();
            set => _keyAttributes = value;
        }

        public bool HasLazyFileAttribute { get; set; }

        public string? LazyFileAttributeKey { get; set; }

        public Lazy<object>? LazyFileAttributeValue { get; set; }

        public string? LazyFileSizeAttributeKey { get; set; }

        public int LazyFileSizeAttributeValue { get; set; }

        /// <summary>Raw attribute access; reading an absent attribute throws KeyNotFoundException.</summary>
        public object? this[string attributeName]
        {
            get => Attributes[attributeName];
            set => Attributes[attributeName] = value;
        }

        public ExtensionDataObject? ExtensionData { get; set; }

        public bool Contains(string attributeName) => Attributes.Contains(attributeName);

        /// <summary>
        /// Converts to another Entity type (early-bound or plain) sharing this record's collections,
        /// as the official SDK's shallow copy does.
        /// </summary>
        public T ToEntity<T>() where T : Entity
        {
            if (typeof(T) == typeof(Entity))
            {
                var copy = new Entity();
                ShallowCopyTo(copy);
                return (T)copy;
            }

            T target = Activator.CreateInstance<T>();
            if (!string.IsNullOrEmpty(target.LogicalName)
                && !string.IsNullOrEmpty(LogicalName)
                && !string.Equals(target.LogicalName, LogicalName, StringComparison.Ordinal))
            {
                throw new NotSupportedException(
                    "Cannot convert an entity of type '" + LogicalName + "' to '" + typeof(T).FullName
                    + "' (logical name '" + target.LogicalName + "').");
            }

            ShallowCopyTo(target);
            return target;
        }

        public EntityReference ToEntityReference()
        {
            if (string.IsNullOrWhiteSpace(LogicalName))
            {
                throw new NotSupportedException("LogicalName must be set before calling ToEntityReference()");
            }

            return new EntityReference(LogicalName, Id)
            {
                KeyAttributes = KeyAttributes,
                RowVersion = RowVersion,
            };
        }

        /// <summary>
        /// Typed read that never throws for an absent or null attribute: it returns default(T)
        /// (null for reference and Nullable types, 0/false/Guid.Empty/DateTime.MinValue otherwise).
        /// A present value of another type throws InvalidCastException.
        /// </summary>
        // https://learn.microsoft.com/en-us/dotnet/api/microsoft.xrm.sdk.entity.getattributevalue
        public virtual T? GetAttributeValue<T>(string attributeLogicalName)
        {
            object? value = GetRawAttributeValue(attributeLogicalName);
            if (value == null)
            {
                return default;
            }

            return (T)value;
        }

        /// <summary>True when the attribute is present and its value is a <typeparamref name="T"/>.</summary>
        public bool TryGetAttributeValue<T>(string attributeKey, out T result)
        {
            if (Attributes.TryGetValue(attributeKey, out object? value) && value is T typed)
            {
                result = typed;
                return true;
            }

            result = default!;
            return false;
        }

        protected virtual void SetAttributeValue(string attributeLogicalName, object? value)
        {
            Attributes[attributeLogicalName] = value;
        }

        protected virtual string? GetFormattedAttributeValue(string attributeLogicalName)
        {
            return FormattedValues.TryGetValue(attributeLogicalName, out string formatted) ? formatted : null;
        }

        protected virtual TEntity? GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
            where TEntity : Entity
        {
            var relationship = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (RelatedEntities.TryGetValue(relationship, out EntityCollection related)
                && related != null
                && related.Entities.Count > 0)
            {
                return related.Entities[0].ToEntity<TEntity>();
            }

            return null;
        }

        protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity? entity)
            where TEntity : Entity
        {
            var relationship = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (entity == null)
            {
                RelatedEntities.Remove(relationship);
                return;
            }

            RelatedEntities[relationship] = new EntityCollection(new List<Entity> { entity }) { EntityName = entity.LogicalName };
        }

        protected virtual IEnumerable<TEntity>? GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
            where TEntity : Entity
        {
            var relationship = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (RelatedEntities.TryGetValue(relationship, out EntityCollection related) && related != null)
            {
                return related.Entities.Select(e => e.ToEntity<TEntity>()).ToList();
            }

            return null;
        }

        protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity>? entities)
            where TEntity : Entity
        {
            var relationship = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
            if (entities == null)
            {
                RelatedEntities.Remove(relationship);
                return;
            }

            List<Entity> list = entities.Cast<Entity>().ToList();
            RelatedEntities[relationship] = new EntityCollection(list)
            {
                EntityName = list.Count > 0 ? list[0].LogicalName : null,
            };
        }

        internal object? GetRawAttributeValue(string attributeLogicalName)
        {
            return Attributes.TryGetValue(attributeLogicalName, out object? value) ? value : null;
        }

        internal void ShallowCopyTo(Entity target)
        {
            if (ReferenceEquals(target, this))
            {
                return;
            }

            target.LogicalName = LogicalName;
            target.Id = Id;
            target.Attributes = Attributes;
            target.EntityState = EntityState;
            target.FormattedValues = FormattedValues;
            target.RelatedEntities = RelatedEntities;
            target.KeyAttributes = KeyAttributes;
            target.RowVersion = RowVersion;
            target.ExtensionData = ExtensionData;
            target.HasLazyFileAttribute = HasLazyFileAttribute;
            target.LazyFileAttributeKey = LazyFileAttributeKey;
            target.LazyFileAttributeValue = LazyFileAttributeValue;
            target.LazyFileSizeAttributeKey = LazyFileSizeAttributeKey;
            target.LazyFileSizeAttributeValue = LazyFileSizeAttributeValue;
        }
    }
}

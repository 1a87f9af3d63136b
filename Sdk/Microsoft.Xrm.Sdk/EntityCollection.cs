using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A page of records as returned by RetrieveMultiple, with paging information.</summary>
    [DataContract(Name = "EntityCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class EntityCollection : IExtensibleDataObject
    {
        private DataCollection<Entity> _entities;

        public EntityCollection()
        {
            _entities = new DataCollection<Entity>();
        }

        /// <summary>Wraps the given list: later changes to it are visible through <see cref="Entities"/>.</summary>
        public EntityCollection(IList<Entity> list)
        {
            _entities = new DataCollection<Entity>(list);
        }

        [DataMember]
        public DataCollection<Entity> Entities
        {
            get => _entities;
            set => _entities = value ?? new DataCollection<Entity>();
        }

        [DataMember]
        public bool MoreRecords { get; set; }

        [DataMember]
        public string? PagingCookie { get; set; }

        [DataMember]
        public string? MinActiveRowVersion { get; set; }

        [DataMember]
        public int TotalRecordCount { get; set; }

        [DataMember]
        public bool TotalRecordCountLimitExceeded { get; set; }

        public Entity this[int index]
        {
            get => Entities[index];
            set => Entities[index] = value;
        }

        [DataMember]
        public string? EntityName { get; set; }

        public ExtensionDataObject? ExtensionData { get; set; }
    }
}

using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Pre/post entity images of a plug-in step, keyed by image alias.</summary>
    [CollectionDataContract(Name = "EntityImageCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class EntityImageCollection : DataCollection<string, Entity>
    {
        public EntityImageCollection()
        {
        }

        protected internal EntityImageCollection(IDictionary<string, Entity> collection)
            : base(collection)
        {
        }
    }
}

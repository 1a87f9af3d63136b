using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Attribute values of an entity, keyed by logical name (case-sensitive).</summary>
    [CollectionDataContract(Name = "AttributeCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class AttributeCollection : DataCollection<string, object?>
    {
        public AttributeCollection()
        {
        }

        // The official sealed type declares this constructor protected internal; kept for identical metadata.
#pragma warning disable CS0628
        protected internal AttributeCollection(IDictionary<string, object?> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Alternate-key values identifying a record instead of its id.</summary>
    [Serializable]
    [CollectionDataContract(Name = "KeyAttributeCollection", Namespace = "http://schemas.microsoft.com/xrm/7.1/Contracts")]
    public sealed class KeyAttributeCollection : DataCollection<string, object?>
    {
        public KeyAttributeCollection()
        {
        }

        // The official sealed type declares this constructor protected internal; kept for identical metadata.
#pragma warning disable CS0628
        protected internal KeyAttributeCollection(IDictionary<string, object?> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}

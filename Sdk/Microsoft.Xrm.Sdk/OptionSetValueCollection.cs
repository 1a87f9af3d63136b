using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The value of a multi-select choice column.</summary>
    [CollectionDataContract(Name = "OptionSetValueCollection", Namespace = "http://schemas.microsoft.com/xrm/9.0/Contracts")]
    public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
    {
        public OptionSetValueCollection()
        {
        }

        public OptionSetValueCollection(IList<OptionSetValue> list)
            : base(list)
        {
        }
    }
}

using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Display strings of attribute values (option labels, formatted money, ...).</summary>
    [CollectionDataContract(Name = "FormattedValueCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class FormattedValueCollection : DataCollection<string, string>
    {
        public FormattedValueCollection()
        {
        }

        // The official sealed type declares this constructor protected internal; kept for identical metadata.
#pragma warning disable CS0628
        protected internal FormattedValueCollection(IDictionary<string, string> collection)
            : base(collection)
        {
        }
#pragma warning restore CS0628
    }
}

using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Additional name/value details of a service fault.</summary>
    [Serializable]
    [CollectionDataContract(Name = "ErrorDetailCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public sealed class ErrorDetailCollection : DataCollection<string, object?>
    {
        public ErrorDetailCollection()
        {
        }
    }
}

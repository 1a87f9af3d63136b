using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Named parameters of a request, response or execution context.</summary>
    [CollectionDataContract(Name = "ParameterCollection", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
    public class ParameterCollection : DataCollection<string, object?>
    {
        public ParameterCollection()
        {
        }

        protected ParameterCollection(IDictionary<string, object?> collection)
            : base(collection)
        {
        }

        /// <summary>Sets the parameter only when there is a value, so optional parameters stay absent.</summary>
        public void AddOrUpdateIfNotNull(string key, object? obj)
        {
            if (obj != null)
            {
                this[key] = obj;
            }
        }

        /// <summary>True only when the parameter exists and holds a value of type <typeparamref name="T"/>.</summary>
        public bool TryGetValue<T>(string key, out T value)
        {
            // base. is required: unqualified, overload resolution picks this generic method again.
            if (base.TryGetValue(key, out object? raw) && raw is T typed)
            {
                value = typed;
                return true;
            }

            value = default!;
            return false;
        }
    }
}

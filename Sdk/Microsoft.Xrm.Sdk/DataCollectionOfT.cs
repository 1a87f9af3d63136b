using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// The SDK's list type. Its constructors are internal in the official assembly, so callers only
    /// ever obtain one through an owning type (EntityCollection.Entities, OptionSetValueCollection, ...).
    /// </summary>
    [Serializable]
    public class DataCollection<T> : Collection<T>
    {
        internal DataCollection()
        {
        }

        // Wraps (does not copy) the list, as Collection<T>(IList<T>) does.
        internal DataCollection(IList<T> list)
            : base(list)
        {
        }

        public void AddRange(params T[] items)
        {
            AddRange((IEnumerable<T>)items);
        }

        public void AddRange(IEnumerable<T> items)
        {
            if (items == null)
            {
                return;
            }

            foreach (T item in items)
            {
                Add(item);
            }
        }

        public T[] ToArray()
        {
            var array = new T[Count];
            CopyTo(array, 0);
            return array;
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// Dictionary-backed keyed collection behind attributes, parameters, images and keys.
    /// A missing key in the indexer throws KeyNotFoundException, exactly like a dictionary.
    /// </summary>
    [Serializable]
    public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
        where TKey : notnull
    {
        private readonly IDictionary<TKey, TValue> _items;

        protected internal DataCollection(IDictionary<TKey, TValue> collection)
        {
            _items = collection ?? throw new ArgumentNullException(nameof(collection));
        }

        protected internal DataCollection()
            : this(new Dictionary<TKey, TValue>())
        {
        }

        public virtual TValue this[TKey key]
        {
            get => _items[key];
            set
            {
                ThrowIfReadOnly();
                _items[key] = value;
            }
        }

        public int Count => _items.Count;

        public ICollection<TKey> Keys => _items.Keys;

        public ICollection<TValue> Values => _items.Values;

        public virtual bool IsReadOnly { get; internal set; }

        public void Add(KeyValuePair<TKey, TValue> item)
        {
            ThrowIfReadOnly();
            _items.Add(item);
        }

        public void AddRange(params KeyValuePair<TKey, TValue>[] items)
        {
            AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);
        }

        public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
        {
            if (items == null)
            {
                return;
            }

            ThrowIfReadOnly();
            foreach (KeyValuePair<TKey, TValue> item in items)
            {
                _items.Add(item);
            }
        }

        public void Add(TKey key, TValue value)
        {
            ThrowIfReadOnly();
            _items.Add(key, value);
        }

        public void Clear()
        {
            ThrowIfReadOnly();
            _items.Clear();
        }

        public bool Contains(TKey key) => _items.ContainsKey(key);

        public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

        public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value!);

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

        public bool ContainsKey(TKey key) => _items.ContainsKey(key);

        public bool Remove(TKey key)
        {
            ThrowIfReadOnly();
            return _items.Remove(key);
        }

        public bool Remove(KeyValuePair<TKey, TValue> item)
        {
            ThrowIfReadOnly();
            return _items.Remove(item);
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        private void ThrowIfReadOnly()
        {
            if (IsReadOnly)
            {
                throw new InvalidOperationException("The collection is read-only.");
            }
        }
    }
}

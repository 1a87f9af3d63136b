namespace Microsoft.Xrm.Sdk.Messages;

// Typed message properties are views over Parameters / Results under the documented parameter
// names. Each request constructor assigns its required parameters (as null), as the official SDK
// does, so they are present from construction; optional ones stay absent until set. An absent or
// null parameter reads as the type's default instead of throwing KeyNotFoundException.
internal static class ParameterValue
{
    internal static T Get<T>(ParameterCollection parameters, string key)
    {
        // Contains + indexer rather than TryGetValue: on ParameterCollection that name also binds
        // to the generic TryGetValue<T>, whose semantics (type test) differ from a plain lookup.
        if (parameters.Contains(key) && parameters[key] is { } value)
        {
            return (T)value;
        }

        return default!;
    }
}

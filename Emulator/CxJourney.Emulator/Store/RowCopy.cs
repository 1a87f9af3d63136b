using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// Deep copies of rows and of the SDK's mutable value types, so that nothing a caller holds
/// aliases a stored row: a plug-in changing a retrieved EntityReference must not change the store.
/// </summary>
public static class RowCopy
{
    public static Entity Clone(Entity source)
    {
        Entity copy = PresizedAttributes.Entity(source.LogicalName, source.Id, source.Attributes.Count);
        copy.RowVersion = source.RowVersion;
        foreach (KeyValuePair<string, object?> attribute in source.Attributes) copy.Attributes[attribute.Key] = CloneValue(attribute.Value);
        foreach (KeyValuePair<string, string> formatted in source.FormattedValues) copy.FormattedValues[formatted.Key] = formatted.Value;
        return copy;
    }

    public static object? CloneValue(object? value) => value switch
    {
        null => null,
        EntityReference reference => CloneReference(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        OptionSetValueCollection options => CloneOptions(options),
        EntityCollection collection => CloneCollection(collection),
        Entity entity => Clone(entity),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, CloneValue(aliased.Value)!),
        byte[] bytes => (byte[])bytes.Clone(),
        _ => value,
    };

    /// <summary>
    /// A stored row's columns and version, without formatted values (a stored row has none; reading them would make
    /// the SDK allocate an empty collection on the stored row, kept for the row's life).
    /// </summary>
    public static Entity CloneColumns(Entity source)
    {
        Entity copy = PresizedAttributes.Entity(source.LogicalName, source.Id, source.Attributes.Count);
        copy.RowVersion = source.RowVersion;
        foreach (KeyValuePair<string, object?> attribute in source.Attributes) copy.Attributes[attribute.Key] = CloneValue(attribute.Value);
        return copy;
    }

    public static EntityReference CloneReference(EntityReference source)
    {
        var copy = new EntityReference(source.LogicalName, source.Id) { Name = source.Name, RowVersion = source.RowVersion };
        // Key attributes only identify a reference that has no id; a stored reference always has one, and asking an
        // EntityReference for its keys allocates them (on every stored lookup, for the row's life).
        if (source.Id == System.Guid.Empty)
            foreach (KeyValuePair<string, object?> key in source.KeyAttributes) copy.KeyAttributes[key.Key] = key.Value;
        return copy;
    }

    private static OptionSetValueCollection CloneOptions(OptionSetValueCollection source)
    {
        var copy = new OptionSetValueCollection();
        foreach (OptionSetValue option in source) copy.Add(new OptionSetValue(option.Value));
        return copy;
    }

    private static EntityCollection CloneCollection(EntityCollection source)
    {
        var copy = new EntityCollection { EntityName = source.EntityName };
        foreach (Entity entity in source.Entities) copy.Entities.Add(Clone(entity));
        return copy;
    }
}

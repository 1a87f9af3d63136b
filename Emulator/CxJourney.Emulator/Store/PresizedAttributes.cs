using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// An entity's attribute collection made with room for the columns it is about to receive. Reads copy every row they
/// return (<see cref="RowCopy"/>, <see cref="StoredRow.ToEntity"/>), and a collection grown one column at a time
/// reallocates its table four times on the way to a touchpoint's 29 columns. The SDK type takes its dictionary only
/// through the constructor the official type declares protected internal, reached here as such.
/// </summary>
internal static class PresizedAttributes
{
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern AttributeCollection Create(IDictionary<string, object?> collection);

    /// <summary>A new entity whose attribute collection holds <paramref name="columns"/> columns without growing.</summary>
    public static Entity Entity(string logicalName, System.Guid id, int columns)
    {
        var entity = new Entity(logicalName, id);
        if (columns > 3) entity.Attributes = Create(new Dictionary<string, object?>(columns));
        return entity;
    }
}

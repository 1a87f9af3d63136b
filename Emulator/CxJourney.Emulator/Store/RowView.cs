using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Store;

/// <summary>
/// A row as the query evaluator reads it: id, version and column values, without an SDK Entity. A query examines
/// far more rows than it returns, and an Entity costs a dictionary per row, so the store hands out its stored rows
/// themselves (<see cref="StoredRow"/> is one) and the evaluator builds Entities only for the rows it returns.
/// A view is read-only: its values are the stored instances, to be read, never changed or handed out uncopied.
/// </summary>
public abstract class RowView
{
    public abstract string LogicalName { get; }

    public abstract Guid Id { get; }

    public abstract string? RowVersion { get; }

    /// <summary>The column's value, as an Entity read from the store would hold it; false when the row does not hold the column.</summary>
    public abstract bool TryGetColumn(string column, out object? value);

    /// <summary>Every column the row holds, with its value as <see cref="TryGetColumn"/> gives it, in the row's order.</summary>
    public abstract IEnumerable<KeyValuePair<string, object?>> Columns();

    /// <summary>An Entity holding the row's columns (the same value instances) and version.</summary>
    public abstract Entity ToEntity();

    /// <summary>A view of an Entity (a row source that holds Entities, e.g. a test's).</summary>
    public static RowView Of(Entity entity) => new EntityRowView(entity ?? throw new ArgumentNullException(nameof(entity)));

    private sealed class EntityRowView : RowView
    {
        private readonly Entity _entity;

        public EntityRowView(Entity entity) { _entity = entity; }

        public override string LogicalName => _entity.LogicalName;

        public override Guid Id => _entity.Id;

        public override string? RowVersion => _entity.RowVersion;

        public override bool TryGetColumn(string column, out object? value) => _entity.Attributes.TryGetValue(column, out value);

        public override IEnumerable<KeyValuePair<string, object?>> Columns() => _entity.Attributes;

        public override Entity ToEntity() => _entity;
    }
}

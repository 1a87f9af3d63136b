using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>
/// Writes a built-in table in a few lines: the table's own columns, its states, and the columns
/// every table of its kind has (stamps, ownership, activity columns), added at <see cref="Build"/>.
/// Column names are given as schema names; logical names are those in lower case.
/// </summary>
internal sealed class TableBuilder
{
    private readonly string _schemaName;
    private readonly string _entitySetName;
    private readonly int _objectTypeCode;
    private readonly string _displayName;
    private readonly string _displayCollectionName;
    private readonly List<ColumnMetadata> _columns = new();
    private readonly List<AlternateKeyMetadata> _keys = new();
    private readonly List<TableState> _states = new();
    private readonly Dictionary<int, string> _statusLabels = new();
    private TableOwnership _ownership = TableOwnership.UserOwned;
    private bool _isActivity;
    private IReadOnlyList<string>? _regardingTargets;
    private string? _primaryId;
    private string? _primaryName;
    private bool _stamps = true;

    public TableBuilder(string schemaName, string entitySetName, int objectTypeCode, string displayName, string displayCollectionName)
    {
        _schemaName = schemaName;
        _entitySetName = entitySetName;
        _objectTypeCode = objectTypeCode;
        _displayName = displayName;
        _displayCollectionName = displayCollectionName;
    }

    public TableBuilder Ownership(TableOwnership ownership)
    {
        _ownership = ownership;
        return this;
    }

    /// <summary>A table whose rows carry no created/modified stamps, only versionnumber (activityparty).</summary>
    public TableBuilder WithoutStamps()
    {
        _stamps = false;
        return this;
    }

    /// <summary>An activity table: primary key activityid and the activitypointer columns.</summary>
    public TableBuilder Activity(bool hasRegarding = true)
    {
        _isActivity = true;
        _regardingTargets = hasRegarding ? StandardTables.RegardingTargets : null;
        return PrimaryId("ActivityId", _displayName);
    }

    public TableBuilder PrimaryId(string schemaName, string displayName)
    {
        _primaryId = schemaName.ToLowerInvariant();
        return Add(ColumnFactory.PrimaryKey(schemaName, displayName));
    }

    public TableBuilder PrimaryName(string schemaName, int maxLength, string displayName,
        RequiredLevel required = RequiredLevel.None, ColumnAccess access = ColumnAccess.CreateAndUpdate)
    {
        _primaryName = schemaName.ToLowerInvariant();
        return Add(ColumnFactory.Make(schemaName, ColumnType.String, displayName, access, required)
            with { MaxLength = maxLength, Format = "text", IsPrimaryName = true });
    }

    public TableBuilder String(string schemaName, int maxLength, string displayName, string format = "text",
        RequiredLevel required = RequiredLevel.None, ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.Make(schemaName, ColumnType.String, displayName, access, required) with { MaxLength = maxLength, Format = format });

    public TableBuilder Memo(string schemaName, int maxLength, string displayName, ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.Make(schemaName, ColumnType.Memo, displayName, access) with { MaxLength = maxLength, Format = "textarea" });

    public TableBuilder Integer(string schemaName, string displayName, int min = int.MinValue, int max = int.MaxValue,
        ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.Integer(schemaName, displayName, access, min, max));

    public TableBuilder Decimal(string schemaName, string displayName, int precision, decimal min, decimal max,
        ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.Make(schemaName, ColumnType.Decimal, displayName, access) with { Precision = precision, MinValue = min, MaxValue = max });

    public TableBuilder Double(string schemaName, string displayName, int precision, decimal min, decimal max,
        ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.Make(schemaName, ColumnType.Double, displayName, access) with { Precision = precision, MinValue = min, MaxValue = max });

    /// <summary>A currency column; the platform's widest range is ±922,337,203,685,477.</summary>
    public TableBuilder Money(string schemaName, string displayName, ColumnAccess access = ColumnAccess.CreateAndUpdate,
        decimal min = -922337203685477m, decimal max = 922337203685477m)
        => Add(ColumnFactory.Make(schemaName, ColumnType.Money, displayName, access)
            with { Precision = 2, MinValue = min, MaxValue = max });

    public TableBuilder Boolean(string schemaName, string displayName, string falseLabel = "No", string trueLabel = "Yes",
        bool defaultValue = false, ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.Boolean(schemaName, displayName, access, falseLabel, trueLabel, defaultValue));

    public TableBuilder DateTime(string schemaName, string displayName,
        ColumnDateTimeBehavior behavior = ColumnDateTimeBehavior.UserLocal, bool dateOnly = false,
        ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.DateTime(schemaName, displayName, access, behavior, dateOnly ? "date" : "datetime"));

    public TableBuilder Lookup(string schemaName, string displayName, params string[] targets)
        => Add(ColumnFactory.Lookup(schemaName, displayName, ColumnAccess.CreateAndUpdate, targets));

    public TableBuilder Lookup(string schemaName, string displayName, ColumnAccess access, RequiredLevel required, params string[] targets)
        => Add(ColumnFactory.Make(schemaName, ColumnType.Lookup, displayName, access, required) with { Targets = targets });

    /// <summary>A customer column: an account or a contact.</summary>
    public TableBuilder Customer(string schemaName, string displayName, RequiredLevel required = RequiredLevel.None)
        => Add(ColumnFactory.Make(schemaName, ColumnType.Customer, displayName, ColumnAccess.CreateAndUpdate, required)
            with { Targets = ["account", "contact"] });

    /// <summary>An activity-party column (from, to, required attendees...).</summary>
    public TableBuilder PartyList(string schemaName, string displayName, params string[] targets)
        => Add(ColumnFactory.Make(schemaName, ColumnType.PartyList, displayName) with { Targets = targets });

    public TableBuilder Choice(string schemaName, string displayName, int? defaultValue, params (int Value, string Label)[] options)
        => Add(ColumnFactory.Choice(schemaName, displayName, ColumnAccess.CreateAndUpdate, defaultValue, options));

    public TableBuilder Uniqueidentifier(string schemaName, string displayName, ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.Make(schemaName, ColumnType.Uniqueidentifier, displayName, access));

    public TableBuilder EntityName(string schemaName, string displayName, ColumnAccess access = ColumnAccess.CreateAndUpdate)
        => Add(ColumnFactory.Make(schemaName, ColumnType.EntityName, displayName, access));

    public TableBuilder Key(string schemaName, string displayName, params string[] columns)
    {
        _keys.Add(new AlternateKeyMetadata
        {
            SchemaName = schemaName,
            LogicalName = schemaName.ToLowerInvariant(),
            DisplayName = displayName,
            KeyAttributes = columns,
        });
        return this;
    }

    /// <summary>One statecode value with its statuscode values; the first listed need not be the default.</summary>
    public TableBuilder State(int value, string label, int defaultStatus, params (int Value, string Label)[] statuses)
    {
        _states.Add(new TableState
        {
            Value = value,
            Label = label,
            InvariantName = label.Replace(" ", "", StringComparison.Ordinal),
            DefaultStatus = defaultStatus,
            Statuses = statuses.Select(s => s.Value).ToArray(),
        });
        foreach (var (status, statusLabel) in statuses) _statusLabels.Add(status, statusLabel);
        return this;
    }

    public TableMetadata Build()
    {
        if (_primaryId is null) throw new InvalidOperationException($"{_schemaName}: no primary id column.");
        var badDefault = _states.FirstOrDefault(s => !s.Statuses.Contains(s.DefaultStatus));
        if (badDefault is not null)
            throw new InvalidOperationException($"{_schemaName}: default status {badDefault.DefaultStatus} is not a status of state {badDefault.Value}.");

        var columns = new List<ColumnMetadata>(_columns);
        if (_isActivity) AddMissing(columns, ColumnFactory.Activity(_regardingTargets));
        switch (_ownership)
        {
            case TableOwnership.UserOwned:
                AddMissing(columns, ColumnFactory.UserOwnership());
                break;
            case TableOwnership.OrganizationOwned:
                AddMissing(columns, ColumnFactory.OrganizationOwnership());
                break;
        }
        AddMissing(columns, _stamps ? ColumnFactory.Common() : ColumnFactory.Common().Where(c => c.LogicalName == "versionnumber"));
        if (_states.Count > 0) AddMissing(columns, ColumnFactory.StateAndStatus(_states, _statusLabels));

        return new TableMetadata(columns)
        {
            LogicalName = _schemaName.ToLowerInvariant(),
            SchemaName = _schemaName,
            EntitySetName = _entitySetName,
            PrimaryIdAttribute = _primaryId,
            PrimaryNameAttribute = _primaryName,
            DisplayName = _displayName,
            DisplayCollectionName = _displayCollectionName,
            Ownership = _ownership,
            IsActivity = _isActivity,
            IsCustom = false,
            ObjectTypeCode = _objectTypeCode,
            AlternateKeys = _keys.ToArray(),
            States = _states.ToArray(),
        };
    }

    private TableBuilder Add(ColumnMetadata column)
    {
        if (_columns.Any(c => c.LogicalName == column.LogicalName))
            throw new InvalidOperationException($"{_schemaName}: column {column.LogicalName} added twice.");
        _columns.Add(column);
        return this;
    }

    private static void AddMissing(List<ColumnMetadata> columns, IEnumerable<ColumnMetadata> implied)
    {
        foreach (var column in implied)
        {
            if (!columns.Any(c => c.LogicalName == column.LogicalName)) columns.Add(column);
        }
    }
}

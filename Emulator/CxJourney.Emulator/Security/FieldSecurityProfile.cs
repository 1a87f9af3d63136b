using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Security;

/// <summary>What a column security profile allows on one secured column.</summary>
// https://learn.microsoft.com/power-platform/admin/field-level-security
[Flags]
public enum FieldAccess
{
    None = 0,
    Read = 1,
    Update = 2,
    Create = 4,
    All = Read | Update | Create,
}

/// <summary>
/// A column (field) security profile: per secured column, whether its users and teams may read,
/// update and create it. Users without a profile that allows it see no value in a secured column
/// and cannot set one; System Administrator is never restricted.
/// </summary>
// https://learn.microsoft.com/power-platform/admin/field-level-security
public sealed class FieldSecurityProfile
{
    private readonly Dictionary<(string Table, string Column), FieldAccess> _permissions = new();

    public FieldSecurityProfile(Guid id, string name)
    {
        Id = id;
        Name = name;
    }

    public Guid Id { get; }

    public string Name { get; }

    public IReadOnlyDictionary<(string Table, string Column), FieldAccess> Permissions => _permissions;

    /// <summary>Allows <paramref name="access"/> on table.column (logical names); returns the profile for chaining.</summary>
    public FieldSecurityProfile Allow(string table, string column, FieldAccess access)
    {
        _permissions[(table, column)] = access;
        return this;
    }

    public override string ToString() => Name;
}

using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Records;

/// <summary>The columns the platform fills itself: callers' values for them are ignored.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/entity-attribute-metadata
internal static class SystemColumns
{
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";
    public const string CreatedBy = "createdby";
    public const string ModifiedBy = "modifiedby";
    public const string CreatedOnBehalfBy = "createdonbehalfby";
    public const string ModifiedOnBehalfBy = "modifiedonbehalfby";
    public const string OverriddenCreatedOn = "overriddencreatedon";
    public const string OwnerId = "ownerid";
    public const string OwningUser = "owninguser";
    public const string OwningTeam = "owningteam";
    public const string OwningBusinessUnit = "owningbusinessunit";
    public const string VersionNumber = "versionnumber";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string BusinessUnitId = "businessunitid";

    private static readonly HashSet<string> Managed = new(StringComparer.Ordinal)
    {
        CreatedOn, ModifiedOn, CreatedBy, ModifiedBy, CreatedOnBehalfBy, ModifiedOnBehalfBy,
        OwningUser, OwningTeam, OwningBusinessUnit, VersionNumber,
    };

    /// <summary>Columns whose value always comes from the platform, never from the request.</summary>
    public static bool IsPlatformManaged(string column) =>
        Managed.Contains(column) || column == OwnerId || column == StateCode || column == StatusCode;

    /// <summary>Columns dropped from a Create or Update request before the platform fills them.</summary>
    public static bool IsIgnoredOnWrite(string column) => Managed.Contains(column);
}

using System;
using CxJourney.SolutionModel.Metadata;

namespace CxJourney.Emulator.Security;

/// <summary>
/// The name of the privilege behind an access right on a table: "prv" + verb + the table's schema
/// name (prvReadcx_Journey, prvWriteContact). Activity tables share the Activity privileges
/// (prvCreateActivity covers email, phone call, task...), and systemuser's are named for "User".
/// </summary>
// https://learn.microsoft.com/power-platform/admin/security-roles-privileges
// https://learn.microsoft.com/power-apps/developer/data-platform/security-privileges
public static class PrivilegeNames
{
    /// <summary>Needed to act for another user (impersonation, MSCRMCallerID).</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user
    public const string ActOnBehalfOfAnotherUser = "prvActOnBehalfOfAnotherUser";

    /// <summary>Every single access right a record check can ask for.</summary>
    public static readonly AccessRights[] RecordRights =
    [
        AccessRights.ReadAccess, AccessRights.WriteAccess, AccessRights.AppendAccess, AccessRights.AppendToAccess,
        AccessRights.CreateAccess, AccessRights.DeleteAccess, AccessRights.ShareAccess, AccessRights.AssignAccess,
    ];

    public static string Verb(AccessRights right) => right switch
    {
        AccessRights.ReadAccess => "Read",
        AccessRights.WriteAccess => "Write",
        AccessRights.AppendAccess => "Append",
        AccessRights.AppendToAccess => "AppendTo",
        AccessRights.CreateAccess => "Create",
        AccessRights.DeleteAccess => "Delete",
        AccessRights.ShareAccess => "Share",
        AccessRights.AssignAccess => "Assign",
        _ => throw new ArgumentOutOfRangeException(nameof(right), right, "One access right at a time."),
    };

    public static string For(TableMetadata table, AccessRights right) => "prv" + Verb(right) + Subject(table);

    private static string Subject(TableMetadata table) =>
        table.IsActivity || table.LogicalName == "activitypointer" ? "Activity"
        : table.LogicalName == "systemuser" ? "User"
        : table.SchemaName;
}

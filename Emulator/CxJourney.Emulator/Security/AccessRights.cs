using System;

namespace CxJourney.Emulator.Security;

/// <summary>
/// What a principal may do to one record, with the values of Microsoft.Crm.Sdk.Messages.AccessRights
/// (that type lives in Microsoft.Crm.Sdk.Proxy, which our Microsoft.Xrm.Sdk subset does not include;
/// Microsoft.Xrm.Sdk.ShareAccessRights carries the same numbers).
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.accessrights
[Flags]
public enum AccessRights
{
    None = 0,
    ReadAccess = 1,
    WriteAccess = 2,
    AppendAccess = 4,
    AppendToAccess = 16,
    CreateAccess = 32,
    DeleteAccess = 65536,
    ShareAccess = 262144,
    AssignAccess = 524288,
}

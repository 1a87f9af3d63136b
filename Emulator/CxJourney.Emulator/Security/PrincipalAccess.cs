using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Security;

/// <summary>
/// The PrincipalAccess parameter of GrantAccess and ModifyAccess: a user or team and the rights
/// it gets on the record. The SDK's own type is in Microsoft.Crm.Sdk.Proxy, outside our
/// Microsoft.Xrm.Sdk subset; this one has its shape (Principal, AccessMask).
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.principalaccess
public sealed class PrincipalAccess
{
    public PrincipalAccess()
    {
    }

    public PrincipalAccess(EntityReference principal, AccessRights accessMask)
    {
        Principal = principal;
        AccessMask = accessMask;
    }

    /// <summary>A systemuser or team.</summary>
    public EntityReference? Principal { get; set; }

    public AccessRights AccessMask { get; set; }
}

using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// GrantAccess (Target, PrincipalAccess): shares a record with a user or team, adding the rights to
/// what the principal was already given. ModifyAccess (same parameters) replaces them instead.
/// Either change reaches the records under it whose relationship's Share rule cascades (Security/ShareCascade).
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.grantaccessrequest
// https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.modifyaccessrequest
internal sealed class GrantAccessHandler : IMessageHandler
{
    private readonly OrganizationCore _core;
    private readonly bool _replaces;

    private GrantAccessHandler(OrganizationCore core, string message, bool replaces)
    {
        _core = core;
        MessageName = message;
        _replaces = replaces;
    }

    public string MessageName { get; }

    public static GrantAccessHandler Grant(OrganizationCore core) => new(core, "GrantAccess", replaces: false);

    public static GrantAccessHandler Modify(OrganizationCore core) => new(core, "ModifyAccess", replaces: true);

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        PrincipalAccess access = SharedRecord.Access(request);
        SharedRecord shared = SharedRecord.Read(_core, request, access.Principal!);
        shared.DemandShare(_core, context, access.AccessMask);
        Entity row = shared.Row;
        AccessRights rights = access.AccessMask;
        if (!_replaces) rights |= _core.Security.Shares.Of(shared.Table.LogicalName, row.Id, shared.Principal.Id);
        _core.Security.Shares.Set(context.Transaction, shared.Table.LogicalName, row.Id, shared.Principal.Id, rights);
        _core.Security.Cascade.Shared(context.Transaction, shared.Table, row.Id, shared.Principal.Id, revoked: false);
        return RequestParameters.Response(MessageName);
    }
}

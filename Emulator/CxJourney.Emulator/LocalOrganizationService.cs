using System;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator;

/// <summary>
/// IOrganizationService over the local organization for one user. Each call becomes the typed
/// request the SDK sends (Create → CreateRequest...) and enters the request processor as a
/// request from outside, so calls made here and through Execute behave alike.
/// </summary>
public sealed class LocalOrganizationService : OrganizationServiceBase
{
    private readonly OrganizationCore _core;

    internal LocalOrganizationService(OrganizationCore core, Guid userId)
    {
        _core = core;
        UserId = userId;
    }

    /// <summary>The user the service authenticates as.</summary>
    public Guid UserId { get; }

    /// <summary>
    /// When set, requests run as this user, with <see cref="UserId"/> as the initiating user
    /// (impersonation, like the service client's CallerId).
    /// </summary>
    public Guid? CallerId { get; set; }

    /// <summary>
    /// Where each request's correlation and request ids come from; null: new random ids, as the platform
    /// gives. A replay that must give the same rows for the same seed sets a seeded source, because
    /// plug-ins may derive record ids from the correlation id.
    /// </summary>
    public Func<Guid>? RequestIds { get; set; }

    public override OrganizationResponse Execute(OrganizationRequest request)
    {
        if (CallerId is Guid caller && caller != UserId) _core.Access.DemandImpersonation(UserId, caller);
        if (RequestIds is null)
            return _core.Processor.Execute(request, RequestContext.ForCaller(CallerId ?? UserId, UserId));
        request.RequestId ??= RequestIds();
        return _core.Processor.Execute(request, RequestContext.ForCaller(CallerId ?? UserId, UserId, null, RequestIds()));
    }
}

using System;
using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// The seam for the plug-in pipeline. When set on the <see cref="RequestProcessor"/>, every
/// request (from outside, from a plug-in, or started by another message's handler) goes through
/// <see cref="Execute"/> instead of straight to its handler. The implementation runs the
/// pre-validation and pre-operation stages, calls <paramref name="coreOperation"/> (the handler,
/// inside the request's transaction), then the post-operation stage; it may queue asynchronous
/// work with context.Transaction.OnCommitted. A fault it lets escape rolls the request back.
/// </summary>
public interface IRequestPipeline
{
    OrganizationResponse Execute(
        OrganizationRequest request,
        RequestContext context,
        IMessageHandler handler,
        Func<OrganizationRequest, RequestContext, OrganizationResponse> coreOperation);
}

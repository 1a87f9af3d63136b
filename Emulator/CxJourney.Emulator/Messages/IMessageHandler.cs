using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// The core operation of one message (the platform's "main operation" stage). Handlers read
/// their input from request.Parameters by name, so a plain OrganizationRequest("Create") works as
/// well as a typed CreateRequest, and they start any sub-operation through the request processor
/// so that the pipeline sees every inner message.
/// </summary>
public interface IMessageHandler
{
    /// <summary>The SDK message name (OrganizationRequest.RequestName) this handler runs.</summary>
    string MessageName { get; }

    /// <summary>
    /// False only for ExecuteMultiple, whose items each run in their own transaction; every
    /// other message runs inside one (its own, or the caller's when it already has one).
    /// </summary>
    bool RunsInTransaction => true;

    OrganizationResponse Handle(OrganizationRequest request, RequestContext context);
}

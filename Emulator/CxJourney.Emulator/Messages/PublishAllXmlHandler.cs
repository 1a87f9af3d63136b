using CxJourney.Emulator.Requests;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// PublishAllXml: publishes every unpublished customization. The local organization applies an
/// import's forms, views and web resources at once, so there is never anything left to publish;
/// the message exists so that deployment tools run the same sequence as against Dataverse.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/publishallxml
internal sealed class PublishAllXmlHandler : IMessageHandler
{
    public string MessageName => "PublishAllXml";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context) => RequestParameters.Response(MessageName);
}

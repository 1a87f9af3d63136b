using System;
using CxJourney.Emulator;
using CxJourney.Emulator.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Cli.Demo;

/// <summary>
/// IOrganizationService for one user of the demo's organization. Like the organization's own service, each
/// call enters the request processor as a request from outside; unlike it, each request gets its
/// correlation and request ids from the replay's seeded sequence instead of at random. Plug-ins may derive
/// record ids from the correlation id (the follow-ups do, so a re-delivered job finds what it made), and
/// the same seed must give the same rows.
/// </summary>
internal sealed class DemoService : IOrganizationService
{
    private readonly RequestProcessor _processor;
    private readonly Random _ids;
    private readonly Guid _userId;

    public DemoService(LocalOrganization organization, Guid userId, Random ids)
    {
        _processor = organization.Processor;
        _userId = userId;
        _ids = ids;
    }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        request.RequestId ??= NextId();
        return _processor.Execute(request, RequestContext.ForCaller(_userId, _userId, null, NextId()));
    }

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    private Guid NextId()
    {
        var bytes = new byte[16];
        _ids.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}

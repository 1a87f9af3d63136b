using System;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// The touchpoint a case event makes. Every case event is in the case's thread, so the rollup can tell an
/// open case (created or reopened after its last resolution or cancellation) and stop the customer's wait
/// when the case closes.
/// <list type="bullet">
/// <item>Created and reopened are the customer reaching out (inbound): the case waits for our reply.
///   The title and description are the customer's words, scored once, at creation.</item>
/// <item>Resolved and cancelled are internal: our own bookkeeping of the case, which ends any wait.</item>
/// <item>Reopened and cancelled can happen again on the same case, so their source id is made from the
///   event's time (<see cref="SourceKeys.ForEvent"/>); created keys on the case id.</item>
/// <item>Resolved can happen again too, and two messages of one resolution may raise it (Update of the case's
///   state, Create of its incidentresolution): it keys on the operation (<see cref="SourceKeys.ForOperation"/>),
///   so both write the same touchpoint.</item>
/// </list>
/// The contact is the customer when it is a contact, else the case's contact person, else the customer
/// account's primary contact (a read).
/// </summary>
public static class CaseCapture
{
    public static CapturePlan Plan(CaseSnapshot c, int kind, DateTime operationTime, Guid operationId)
    {
        if (c == null) throw new ArgumentNullException(nameof(c));
        var created = kind == Choices.TouchpointKind.Created;
        var direction = created || kind == Choices.TouchpointKind.Reopened ? Choices.Direction.Inbound : Choices.Direction.Internal;
        var occurredOn = created ? c.CreatedOn ?? operationTime : c.ModifiedOn ?? operationTime;
        var sourceId = created ? SourceKeys.ForRecord(c.Id)
            : kind == Choices.TouchpointKind.Resolved ? SourceKeys.ForOperation(c.Id, kind, operationId)
            : SourceKeys.ForEvent(c.Id, kind, occurredOn);
        var draft = new TouchpointDraft(Tables.Incident, c.Id, sourceId, Choices.Channel.Case, direction, kind, occurredOn,
            TouchpointText.Name(Choices.Channel.Case, Choices.Direction.Internal, kind, c.Title))
        {
            SubjectSummary = TouchpointText.Summary(c.Title),
            Sentiment = created ? TouchpointText.Sentiment(c.Title, c.Description) : null,
            ThreadKey = ThreadKeys.ForCase(c.Id),
            CaseId = c.Id,
            AgentId = c.Owner is not null && c.Owner.Is(Tables.SystemUser) ? c.Owner.Id : (Guid?)null,
        };
        return new CapturePlan(draft, CustomerContacts.Of(c.Customer, c.PrimaryContact, "case"));
    }

    /// <summary>
    /// A case resolved, seen from the Create of its incidentresolution: the same touchpoint as the Update of the
    /// case's state makes (same key), its contact read from the case (the resolution names only the case).
    /// </summary>
    public static CapturePlan PlanResolution(Guid caseId, string? subject, RowRef? owner, DateTime occurredOn, Guid operationId)
    {
        var kind = Choices.TouchpointKind.Resolved;
        var draft = new TouchpointDraft(Tables.Incident, caseId, SourceKeys.ForOperation(caseId, kind, operationId), Choices.Channel.Case,
            Choices.Direction.Internal, kind, occurredOn, TouchpointText.Name(Choices.Channel.Case, Choices.Direction.Internal, kind, subject))
        {
            SubjectSummary = TouchpointText.Summary(subject),
            ThreadKey = ThreadKeys.ForCase(caseId),
            CaseId = caseId,
            AgentId = owner is not null && owner.Is(Tables.SystemUser) ? owner.Id : (Guid?)null,
        };
        return new CapturePlan(draft, ContactLookup.ViaCase(caseId));
    }
}

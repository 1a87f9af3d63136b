using System;

namespace CxJourney.Cli.Demo;

/// <summary>
/// One thing that happens in the generated business at <see cref="At"/>. Customers, agents and cases
/// are named by their index in the generated lists; the replay maps them to record ids.
/// <see cref="Sequence"/> orders events that happen at the same instant as they were generated.
/// </summary>
public abstract record DemoEvent(DateTime At)
{
    public long Sequence { get; init; }
}

/// <summary>The customer placed an order, recorded by their account manager (business customers are invoiced later).</summary>
public sealed record OrderPlaced(DateTime At, int Customer, int Agent, int Order, string Name, decimal Amount) : DemoEvent(At);

public sealed record InvoiceIssued(DateTime At, int Customer, int Agent, int Order, string Name, decimal Amount) : DemoEvent(At);

/// <summary>An account review or product demo, scheduled by an agent and held the same day.</summary>
public sealed record AppointmentHeld(DateTime At, int Customer, int Agent, string Subject) : DemoEvent(At);

/// <summary>An email from the customer; <see cref="Case"/> when it is about a case.</summary>
public sealed record EmailReceived(DateTime At, int Customer, int Agent, string Subject, string Body, int? Case) : DemoEvent(At);

/// <summary>An email an agent wrote and sent.</summary>
public sealed record EmailSent(DateTime At, int Customer, int Agent, string Subject, string Body, int? Case) : DemoEvent(At);

/// <summary>The customer called; the agent logged the call.</summary>
public sealed record CallReceived(DateTime At, int Customer, int Agent, string Subject, string Notes, int? Case) : DemoEvent(At);

/// <summary>An agent called the customer.</summary>
public sealed record CallMade(DateTime At, int Customer, int Agent, string Subject, string Notes, int? Case) : DemoEvent(At);

/// <summary>
/// A case opened by its customer. <see cref="Origin"/> is incident.caseorigincode;
/// <see cref="ResolveBy"/> the SLA's resolve-by time, null when no SLA applies.
/// </summary>
public sealed record CaseOpened(
    DateTime At, int Case, int Customer, int Agent, string Title, string Description, int Origin, int Priority, DateTime? ResolveBy) : DemoEvent(At);

/// <summary>The case was transferred to another agent.</summary>
public sealed record CaseTransferred(DateTime At, int Case, int Agent) : DemoEvent(At);

public sealed record CaseResolved(DateTime At, int Case, string Resolution) : DemoEvent(At);

public sealed record CaseReopened(DateTime At, int Case) : DemoEvent(At);

public sealed record CaseCancelled(DateTime At, int Case) : DemoEvent(At);

/// <summary>
/// A survey, web or kiosk answer. <see cref="Customer"/> is null for an anonymous kiosk answer;
/// <see cref="Channel"/> is a cx_channel value; <see cref="Reference"/> is the survey system's unique reference.
/// </summary>
public sealed record FeedbackGiven(
    DateTime At, int? Customer, int? Case, int Segment, int? Csat, int? Ces, int? Nps, string? Comment, int Channel, string? Location, string Reference)
    : DemoEvent(At);

namespace CxJourney.Plugins.Domain.Journey;

/// <summary>What happened to the source record. Values are stored and never change.</summary>
public enum TouchpointKind
{
    /// <summary>Record created: email received or drafted, case opened, opportunity/lead/order created, visit logged.</summary>
    Created = 0,

    /// <summary>Activity done: email sent or received, call made, appointment held.</summary>
    Completed = 1,

    /// <summary>An answer: a reply on a case or thread, a survey response.</summary>
    Responded = 2,

    /// <summary>Case resolved.</summary>
    Resolved = 3,

    /// <summary>Case reopened.</summary>
    Reopened = 4,

    /// <summary>Activity, order or case cancelled.</summary>
    Cancelled = 5,

    /// <summary>Order fulfilled or invoice paid/created as a sale.</summary>
    Purchased = 6,

    /// <summary>Opportunity or quote won.</summary>
    Won = 7,

    /// <summary>Opportunity or quote lost.</summary>
    Lost = 8,

    /// <summary>The contact referred someone.</summary>
    Referred = 9,
}

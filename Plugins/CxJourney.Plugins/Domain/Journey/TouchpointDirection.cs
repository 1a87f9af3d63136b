namespace CxJourney.Plugins.Domain.Journey;

/// <summary>Who started the touchpoint: the customer (inbound), us (outbound), or neither (internal notes, system events).</summary>
public enum TouchpointDirection
{
    Internal = 0,
    Inbound = 1,
    Outbound = 2,
}

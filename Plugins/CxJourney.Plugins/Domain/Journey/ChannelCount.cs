namespace CxJourney.Plugins.Domain.Journey;

/// <summary>Touchpoints of one channel by direction.</summary>
public sealed class ChannelCount
{
    public ChannelCount(TouchpointChannel channel, int inbound, int outbound, int @internal)
    {
        Channel = channel;
        Inbound = inbound;
        Outbound = outbound;
        Internal = @internal;
    }

    public TouchpointChannel Channel { get; }
    public int Inbound { get; }
    public int Outbound { get; }
    public int Internal { get; }
    public int Total => Inbound + Outbound + Internal;
}

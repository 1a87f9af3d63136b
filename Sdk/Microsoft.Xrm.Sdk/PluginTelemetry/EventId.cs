namespace Microsoft.Xrm.Sdk.PluginTelemetry
{
    /// <summary>Identifies a kind of logged event by number and optional name.</summary>
    public class EventId
    {
        public EventId(int id, string? name = null)
        {
            Id = id;
            Name = name;
        }

        public int Id { get; }

        public string? Name { get; }
    }
}

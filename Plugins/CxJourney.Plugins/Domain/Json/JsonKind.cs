namespace CxJourney.Plugins.Domain.Json;

/// <summary>The six kinds of value RFC 8259 defines.</summary>
public enum JsonKind
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

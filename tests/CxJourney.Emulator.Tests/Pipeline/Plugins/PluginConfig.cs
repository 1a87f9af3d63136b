using System;
using System.Collections.Generic;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>The unsecure configuration of the test plug-ins: "key=value;key=value".</summary>
internal sealed class PluginConfig
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public PluginConfig(string? text)
    {
        foreach (string part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = part.IndexOf('=');
            string key = equals < 0 ? part : part[..equals];
            string value = equals < 0 ? "" : part[(equals + 1)..];
            if (!_values.TryGetValue(key, out List<string>? list)) _values[key] = list = new List<string>();
            list.Add(value);
        }
    }

    public string? this[string key] => _values.TryGetValue(key, out List<string>? list) ? list[0] : null;

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out List<string>? list) ? list : [];

    /// <summary>"attribute:value" split in two.</summary>
    public static (string Attribute, string Value) Pair(string text)
    {
        int colon = text.IndexOf(':');
        return colon < 0 ? (text, "") : (text[..colon], text[(colon + 1)..]);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using CxJourney.WebApi.Json;

namespace CxJourney.WebApi.Http;

/// <summary>
/// The Prefer header's preferences the Web API honours: odata.maxpagesize=N,
/// odata.include-annotations="...", return=representation. Several may share one header
/// (comma-separated, commas inside quotes excepted) or come in several headers.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#http-headers
internal sealed class Preferences
{
    public int? MaxPageSize { get; private init; }

    /// <summary>The include-annotations value as sent (quotes included), to echo in Preference-Applied.</summary>
    public string? IncludeAnnotationsRaw { get; private init; }

    public Annotations Annotations { get; private init; } = Annotations.None;

    public bool ReturnRepresentation { get; private init; }

    public static Preferences Parse(IEnumerable<string?> headers)
    {
        int? maxPageSize = null;
        string? annotations = null;
        bool representation = false;
        foreach (string? header in headers)
        {
            if (header is null) continue;
            foreach (string preference in SplitOutsideQuotes(header))
            {
                int equals = preference.IndexOf('=');
                string name = (equals < 0 ? preference : preference[..equals]).Trim();
                string value = equals < 0 ? "" : preference[(equals + 1)..].Trim();
                switch (name.ToLowerInvariant())
                {
                    case "odata.maxpagesize":
                        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int size) && size > 0) maxPageSize = size;
                        break;
                    case "odata.include-annotations":
                        annotations = value;
                        break;
                    case "return":
                        representation = string.Equals(value, "representation", StringComparison.OrdinalIgnoreCase);
                        break;
                }
            }
        }

        return new Preferences
        {
            MaxPageSize = maxPageSize,
            IncludeAnnotationsRaw = annotations,
            Annotations = Annotations.Parse(annotations),
            ReturnRepresentation = representation,
        };
    }

    private static IEnumerable<string> SplitOutsideQuotes(string header)
    {
        bool quoted = false;
        int start = 0;
        for (int i = 0; i < header.Length; i++)
        {
            if (header[i] == '"') quoted = !quoted;
            else if (header[i] == ',' && !quoted)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }

        yield return header[start..];
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;

namespace CxJourney.WebApi.OData;

/// <summary>
/// The query options of a Web API request. Dataverse supports $select, $filter, $orderby, $top,
/// $count, $expand and the fetchXml parameter; it rejects $skip (paging is server driven),
/// and so does the local Web API. $apply, $search, savedQuery and userQuery are not supported
/// locally. Other parameters without '$' are ignored (cache busters).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview
public sealed class ODataQueryOptions
{
    public string? Select { get; private init; }
    public string? Filter { get; private init; }
    public string? OrderBy { get; private init; }
    public string? Expand { get; private init; }
    public int? Top { get; private init; }
    public bool Count { get; private init; }
    public string? SkipToken { get; private init; }
    public string? FetchXml { get; private init; }

    /// <summary>Every option except $skiptoken, in request order, to build @odata.nextLink from.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Carried { get; private init; } = [];

    public bool HasQueryOptions => Filter is not null || OrderBy is not null || Top is not null || Count || SkipToken is not null;

    public static ODataQueryOptions Parse(IEnumerable<KeyValuePair<string, string>> query)
    {
        string? select = null, filter = null, orderBy = null, expand = null, skipToken = null, fetchXml = null;
        int? top = null;
        bool count = false;
        var carried = new List<KeyValuePair<string, string>>();
        foreach (KeyValuePair<string, string> pair in query)
        {
            string key = pair.Key;
            string value = pair.Value;
            if (key == "$skiptoken")
            {
                skipToken = value;
                continue;
            }

            carried.Add(pair);
            switch (key)
            {
                case "$select": select = value; break;
                case "$filter": filter = value; break;
                case "$orderby": orderBy = value; break;
                case "$expand": expand = value; break;
                case "$top":
                    top = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed)
                        ? parsed
                        : throw new ODataException($"Invalid value '{value}' for $top query option found. The $top query option requires a non-negative integer value.");
                    break;
                case "$count":
                    count = value switch
                    {
                        "true" => true,
                        "false" => false,
                        _ => throw new ODataException($"'{value}' is not a valid count option."),
                    };
                    break;
                case "fetchXml":
                    fetchXml = value;
                    break;
                case "$skip":
                    throw new ODataException("The query parameter $skip is not supported: Dataverse pages with odata.maxpagesize and @odata.nextLink.");
                case "$apply":
                case "$search":
                case "savedQuery":
                case "userQuery":
                    throw ODataException.NotSupported($"The query parameter {key}");
                default:
                    if (key.StartsWith('$') && key != "$format") throw new ODataException($"The query parameter '{key}' is not supported.");
                    break;
            }
        }

        if (fetchXml is not null && (select is not null || filter is not null || orderBy is not null || expand is not null || top is not null || count))
        {
            throw new ODataException("The fetchXml parameter cannot be combined with other query options.");
        }

        return new ODataQueryOptions
        {
            Select = select,
            Filter = filter,
            OrderBy = orderBy,
            Expand = expand,
            Top = top,
            Count = count,
            SkipToken = skipToken,
            FetchXml = fetchXml,
            Carried = carried,
        };
    }

    /// <summary>The options again as a query string (each value escaped), with an extra pair appended.</summary>
    public string ToQueryString(string? extraKey = null, string? extraValue = null)
    {
        var parts = new List<string>();
        foreach (KeyValuePair<string, string> pair in Carried) parts.Add(pair.Key + "=" + Uri.EscapeDataString(pair.Value));
        if (extraKey is not null) parts.Add(extraKey + "=" + Uri.EscapeDataString(extraValue ?? ""));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}

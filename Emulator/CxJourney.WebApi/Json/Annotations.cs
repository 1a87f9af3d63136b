using System;
using System.Collections.Generic;

namespace CxJourney.WebApi.Json;

/// <summary>
/// The instance annotations the Web API adds when the request's
/// <c>Prefer: odata.include-annotations="..."</c> asks for them: "*" for all, a namespace
/// wildcard (Microsoft.Dynamics.CRM.*), or a comma-separated list of names; "-name" excludes.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties#lookup-properties
public sealed class Annotations
{
    public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
    public const string AssociatedNavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";
    public const string TotalRecordCount = "Microsoft.Dynamics.CRM.totalrecordcount";
    public const string TotalRecordCountLimitExceeded = "Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded";
    public const string FetchXmlPagingCookie = "Microsoft.Dynamics.CRM.fetchxmlpagingcookie";
    public const string MoreRecords = "Microsoft.Dynamics.CRM.morerecords";

    public static readonly Annotations None = new(Array.Empty<string>(), Array.Empty<string>());

    private readonly string[] _included;
    private readonly string[] _excluded;

    private Annotations(string[] included, string[] excluded)
    {
        _included = included;
        _excluded = excluded;
    }

    /// <summary>Reads the preference's value (quoted or not); null or empty asks for none.</summary>
    public static Annotations Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return None;
        var included = new List<string>();
        var excluded = new List<string>();
        foreach (string raw in value.Trim().Trim('"').Split(','))
        {
            string pattern = raw.Trim();
            if (pattern.Length == 0) continue;
            if (pattern[0] == '-') excluded.Add(pattern[1..]);
            else included.Add(pattern);
        }

        return new Annotations(included.ToArray(), excluded.ToArray());
    }

    public bool Includes(string annotation)
    {
        foreach (string pattern in _excluded)
        {
            if (Matches(pattern, annotation)) return false;
        }

        foreach (string pattern in _included)
        {
            if (Matches(pattern, annotation)) return true;
        }

        return false;
    }

    private static bool Matches(string pattern, string annotation)
    {
        if (pattern == "*") return true;
        if (pattern.EndsWith(".*", StringComparison.Ordinal)) return annotation.StartsWith(pattern[..^1], StringComparison.Ordinal);
        return string.Equals(pattern, annotation, StringComparison.Ordinal);
    }
}

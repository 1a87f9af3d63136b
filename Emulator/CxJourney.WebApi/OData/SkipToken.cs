using System;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CxJourney.WebApi.OData;

/// <summary>
/// The $skiptoken of @odata.nextLink, in Dataverse's shape: a cookie element naming the next page
/// and carrying the query's paging cookie URL-encoded, e.g.
/// <c>&lt;cookie pagenumber="2" pagingcookie="%3ccookie%20page%3d%221%22%3e...%3c%2fcookie%3e" istracking="False" /&gt;</c>.
/// The same shape is Microsoft.Dynamics.CRM.fetchxmlpagingcookie for FetchXML queries.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results
// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
public static class SkipToken
{
    /// <param name="encodings">How many times the paging cookie is URL-encoded: once in a $skiptoken; twice in fetchxmlpagingcookie, as the FetchXML paging page shows it.</param>
    public static string Create(int nextPage, string? pagingCookie, int encodings = 1)
    {
        string cookie = pagingCookie ?? "";
        for (int i = 0; i < encodings; i++) cookie = Encode(cookie);
        return $"<cookie pagenumber=\"{nextPage.ToString(CultureInfo.InvariantCulture)}\" pagingcookie=\"{cookie}\" istracking=\"False\" />";
    }

    /// <summary>URL-encodes as Dataverse writes its cookies: %20 for a space, lower-case hex digits (%3ccookie).</summary>
    private static string Encode(string text)
    {
        string escaped = Uri.EscapeDataString(text);
        var lowered = new System.Text.StringBuilder(escaped.Length);
        for (int i = 0; i < escaped.Length; i++)
        {
            bool hexDigit = i >= 1 && (escaped[i - 1] == '%' || (i >= 2 && escaped[i - 2] == '%'));
            lowered.Append(hexDigit ? char.ToLowerInvariant(escaped[i]) : escaped[i]);
        }

        return lowered.ToString();
    }

    /// <summary>
    /// The page and paging cookie a $skiptoken carries. Anything but the shape @odata.nextLink gives
    /// (a cookie element with a page number and, when present, a paging cookie that is itself a
    /// well-formed &lt;cookie page="n"&gt; naming rows by guid) is refused rather than read as an
    /// empty page.
    /// </summary>
    public static (int PageNumber, string? PagingCookie) Parse(string token)
    {
        try
        {
            XElement element = CxJourney.Emulator.Query.SafeXml.ParseElement(token);
            string? page = (string?)element.Attribute("pagenumber");
            string? cookie = (string?)element.Attribute("pagingcookie");
            if (element.Name.LocalName == "cookie"
                && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= 1)
            {
                string? decoded = string.IsNullOrEmpty(cookie) ? null : Uri.UnescapeDataString(cookie);
                if (decoded is null || IsPagingCookie(decoded)) return (number, decoded);
            }
        }
        catch (XmlException)
        {
            // Reported below with the token.
        }

        throw new ODataException($"The $skiptoken '{Shorten(token)}' is not valid; use the @odata.nextLink of the previous page.");
    }

    private static bool IsPagingCookie(string text)
    {
        XElement cookie = CxJourney.Emulator.Query.SafeXml.ParseElement(text);
        if (cookie.Name.LocalName != "cookie" || !int.TryParse((string?)cookie.Attribute("page"), NumberStyles.None, CultureInfo.InvariantCulture, out _)) return false;
        foreach (XElement column in cookie.Elements())
        {
            foreach (XAttribute bound in column.Attributes())
            {
                if (bound.Name.LocalName is "first" or "last" && !Guid.TryParse(bound.Value, out _)) return false;
            }
        }

        return true;
    }

    private static string Shorten(string token) => token.Length <= 200 ? token : token[..200] + "...";
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CxJourney.Emulator.Store;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Page windows and paging cookies. The default and maximum page size is 5,000 rows.
/// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results
/// </summary>
internal static class QueryPaging
{
    public const int MaxPageSize = 5000;

    /// <summary>TotalRecordCount counts up to this many records. https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/count-rows</summary>
    public const int MaxTotalRecordCount = 5000;

    public static int PageSize(QueryModel model) => model.PageSize <= 0 ? MaxPageSize : Math.Min(model.PageSize, MaxPageSize);

    public static int PageNumber(QueryModel model) => Math.Max(1, model.PageNumber);

    /// <summary>
    /// Where the requested page starts. A cookie from the previous page continues after the last record it names,
    /// so records created or deleted meanwhile do not shift the page; otherwise the page number gives the offset.
    /// </summary>
    public static int Start(QueryModel model, IReadOnlyList<RowView?[]> rows)
    {
        int page = PageNumber(model);
        int size = PageSize(model);
        long offset = (long)(page - 1) * size;
        int simple = offset > rows.Count ? rows.Count : (int)offset;
        if (page == 1 || string.IsNullOrEmpty(model.PagingCookie)) return simple;
        Guid? last = LastIdInCookie(model.PagingCookie);
        if (last is null) return simple;
        if (simple > 0 && simple <= rows.Count && rows[simple - 1][0]!.Id == last.Value) return simple;
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i][0]!.Id == last.Value) return i + 1;
        }

        return simple;
    }

    public static string Cookie(int page, string primaryId, Guid firstId, Guid lastId)
    {
        var cookie = new XElement("cookie", new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)));
        cookie.Add(new XElement(primaryId, new XAttribute("last", lastId.ToString("B").ToUpperInvariant()), new XAttribute("first", firstId.ToString("B").ToUpperInvariant())));
        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    private static Guid? LastIdInCookie(string cookie)
    {
        try
        {
            XElement root = SafeXml.ParseElement(cookie);
            foreach (XElement element in root.Elements())
            {
                string? last = (string?)element.Attribute("last");
                if (last is not null && QueryValues.TryParseGuid(last, out Guid id)) return id;
            }
        }
        catch (XmlException)
        {
            // An unreadable cookie falls back to the page number, as Dataverse's simple paging does.
        }

        return null;
    }
}

using System.Collections.Generic;
using CxJourney.Emulator.Faults;

namespace CxJourney.Emulator.Query;

/// <summary>
/// The documented size limit of a query: no more than 500 conditions and link-entities together, whatever
/// the query was written in (QueryExpression, FetchXML or OData, which all arrive here as one model).
/// Counted iteratively, so an absurdly nested filter is refused rather than walked recursively.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/filter-rows#condition-limits
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows#condition-limits
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#condition-limits
internal static class QueryLimits
{
    public const int MaxConditions = 500;

    public static void Check(QueryModel model)
    {
        int count = 0;
        var filters = new Stack<FilterModel>();
        var links = new Stack<LinkModel>(model.Links);
        if (model.Criteria is not null) filters.Push(model.Criteria);
        while (filters.Count > 0 || links.Count > 0)
        {
            if (filters.Count > 0)
            {
                FilterModel filter = filters.Pop();
                count += filter.Conditions.Count;
                foreach (FilterModel child in filter.Filters) filters.Push(child);
                foreach (LinkModel link in filter.Links) links.Push(link);
            }
            else
            {
                LinkModel link = links.Pop();
                count++;
                if (link.Criteria is not null) filters.Push(link.Criteria);
                foreach (LinkModel child in link.Links) links.Push(child);
            }

            if (count > MaxConditions)
            {
                throw Fault.Create(ErrorCodes.TooManyConditionsInQuery, "Number of conditions in query exceeded maximum limit.");
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Query;

/// <summary>
/// Parses FetchXML into the internal <see cref="QueryModel"/>. Element and attribute names follow the schema
/// documented under https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/ .
/// </summary>
internal static class FetchXmlParser
{
    private static readonly Dictionary<string, ConditionOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = ConditionOperator.Equal,
        ["neq"] = ConditionOperator.NotEqual,
        ["ne"] = ConditionOperator.NotEqual,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
        ["like"] = ConditionOperator.Like,
        ["not-like"] = ConditionOperator.NotLike,
        ["in"] = ConditionOperator.In,
        ["not-in"] = ConditionOperator.NotIn,
        ["between"] = ConditionOperator.Between,
        ["not-between"] = ConditionOperator.NotBetween,
        ["null"] = ConditionOperator.Null,
        ["not-null"] = ConditionOperator.NotNull,
        ["yesterday"] = ConditionOperator.Yesterday,
        ["today"] = ConditionOperator.Today,
        ["tomorrow"] = ConditionOperator.Tomorrow,
        ["last-seven-days"] = ConditionOperator.Last7Days,
        ["next-seven-days"] = ConditionOperator.Next7Days,
        ["last-week"] = ConditionOperator.LastWeek,
        ["this-week"] = ConditionOperator.ThisWeek,
        ["next-week"] = ConditionOperator.NextWeek,
        ["last-month"] = ConditionOperator.LastMonth,
        ["this-month"] = ConditionOperator.ThisMonth,
        ["next-month"] = ConditionOperator.NextMonth,
        ["on"] = ConditionOperator.On,
        ["on-or-before"] = ConditionOperator.OnOrBefore,
        ["on-or-after"] = ConditionOperator.OnOrAfter,
        ["last-year"] = ConditionOperator.LastYear,
        ["this-year"] = ConditionOperator.ThisYear,
        ["next-year"] = ConditionOperator.NextYear,
        ["last-x-hours"] = ConditionOperator.LastXHours,
        ["next-x-hours"] = ConditionOperator.NextXHours,
        ["last-x-days"] = ConditionOperator.LastXDays,
        ["next-x-days"] = ConditionOperator.NextXDays,
        ["last-x-weeks"] = ConditionOperator.LastXWeeks,
        ["next-x-weeks"] = ConditionOperator.NextXWeeks,
        ["last-x-months"] = ConditionOperator.LastXMonths,
        ["next-x-months"] = ConditionOperator.NextXMonths,
        ["last-x-years"] = ConditionOperator.LastXYears,
        ["next-x-years"] = ConditionOperator.NextXYears,
        ["eq-userid"] = ConditionOperator.EqualUserId,
        ["ne-userid"] = ConditionOperator.NotEqualUserId,
        ["eq-businessid"] = ConditionOperator.EqualBusinessId,
        ["ne-businessid"] = ConditionOperator.NotEqualBusinessId,
        ["eq-userteams"] = ConditionOperator.EqualUserTeams,
        ["eq-useroruserteams"] = ConditionOperator.EqualUserOrUserTeams,
        ["eq-useroruserhierarchy"] = ConditionOperator.EqualUserOrUserHierarchy,
        ["eq-useroruserhierarchyandteams"] = ConditionOperator.EqualUserOrUserHierarchyAndTeams,
        ["eq-userlanguage"] = ConditionOperator.EqualUserLanguage,
        ["under"] = ConditionOperator.Under,
        ["not-under"] = ConditionOperator.NotUnder,
        ["eq-or-under"] = ConditionOperator.UnderOrEqual,
        ["above"] = ConditionOperator.Above,
        ["eq-or-above"] = ConditionOperator.AboveOrEqual,
        ["mask"] = ConditionOperator.Mask,
        ["not-mask"] = ConditionOperator.NotMask,
        ["masks-select"] = ConditionOperator.MasksSelect,
        ["begins-with"] = ConditionOperator.BeginsWith,
        ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
        ["ends-with"] = ConditionOperator.EndsWith,
        ["not-end-with"] = ConditionOperator.DoesNotEndWith,
        ["not-on"] = ConditionOperator.NotOn,
        ["olderthan-x-minutes"] = ConditionOperator.OlderThanXMinutes,
        ["olderthan-x-hours"] = ConditionOperator.OlderThanXHours,
        ["olderthan-x-days"] = ConditionOperator.OlderThanXDays,
        ["olderthan-x-weeks"] = ConditionOperator.OlderThanXWeeks,
        ["olderthan-x-months"] = ConditionOperator.OlderThanXMonths,
        ["olderthan-x-years"] = ConditionOperator.OlderThanXYears,
        ["contain-values"] = ConditionOperator.ContainValues,
        ["not-contain-values"] = ConditionOperator.DoesNotContainValues,
        ["this-fiscal-year"] = ConditionOperator.ThisFiscalYear,
        ["this-fiscal-period"] = ConditionOperator.ThisFiscalPeriod,
        ["next-fiscal-year"] = ConditionOperator.NextFiscalYear,
        ["next-fiscal-period"] = ConditionOperator.NextFiscalPeriod,
        ["last-fiscal-year"] = ConditionOperator.LastFiscalYear,
        ["last-fiscal-period"] = ConditionOperator.LastFiscalPeriod,
        ["last-x-fiscal-years"] = ConditionOperator.LastXFiscalYears,
        ["last-x-fiscal-periods"] = ConditionOperator.LastXFiscalPeriods,
        ["next-x-fiscal-years"] = ConditionOperator.NextXFiscalYears,
        ["next-x-fiscal-periods"] = ConditionOperator.NextXFiscalPeriods,
        ["in-fiscal-year"] = ConditionOperator.InFiscalYear,
        ["in-fiscal-period"] = ConditionOperator.InFiscalPeriod,
        ["in-fiscal-period-and-year"] = ConditionOperator.InFiscalPeriodAndYear,
        ["in-or-before-fiscal-period-and-year"] = ConditionOperator.InOrBeforeFiscalPeriodAndYear,
        ["in-or-after-fiscal-period-and-year"] = ConditionOperator.InOrAfterFiscalPeriodAndYear,
    };

    private static readonly Dictionary<string, JoinOperator> LinkTypes = new(StringComparer.Ordinal)
    {
        ["inner"] = JoinOperator.Inner,
        ["outer"] = JoinOperator.LeftOuter,
        ["natural"] = JoinOperator.Natural,
        ["matchfirstrowusingcrossapply"] = JoinOperator.MatchFirstRowUsingCrossApply,
        ["in"] = JoinOperator.In,
        ["exists"] = JoinOperator.Exists,
        ["any"] = JoinOperator.Any,
        ["not any"] = JoinOperator.NotAny,
        ["all"] = JoinOperator.All,
        ["not all"] = JoinOperator.NotAll,
    };

    public static QueryModel Parse(string? fetchXml)
    {
        if (string.IsNullOrWhiteSpace(fetchXml)) throw Invalid("The FetchXML query is empty.");
        XElement fetch;
        try
        {
            fetch = SafeXml.ParseElement(fetchXml);
        }
        catch (XmlException e)
        {
            throw Fault.Create(ErrorCodes.InvalidArgument, "The FetchXML query is not well-formed XML: " + e.Message, e);
        }

        if (fetch.Name.LocalName != "fetch") throw Invalid($"The root element of a FetchXML query must be 'fetch', not '{fetch.Name.LocalName}'.");
        XElement? entity = null;
        foreach (XElement child in fetch.Elements())
        {
            if (child.Name.LocalName != "entity") throw Invalid($"The 'fetch' element does not allow a '{child.Name.LocalName}' child.");
            if (entity is not null) throw Invalid("A FetchXML query has exactly one 'entity' element.");
            entity = child;
        }

        if (entity is null) throw Invalid("A FetchXML query needs an 'entity' element.");
        string entityName = RequiredAttribute(entity, "name");
        var model = new QueryModel(entityName, QuerySource.FetchXml)
        {
            Distinct = Bool(fetch, "distinct"),
            Aggregate = Bool(fetch, "aggregate"),
            Top = OptionalInt(fetch, "top"),
            PageSize = OptionalInt(fetch, "count") ?? 0,
            PageNumber = OptionalInt(fetch, "page") ?? 0,
            PagingCookie = (string?)fetch.Attribute("paging-cookie"),
            ReturnTotalRecordCount = Bool(fetch, "returntotalrecordcount"),
            UseRawOrderBy = Bool(fetch, "useraworderby"),
            AggregateLimit = OptionalInt(fetch, "aggregatelimit"),
        };
        var columns = new ColumnsModel();
        var filters = new List<FilterModel>();
        ParseTableBody(entity, columns, filters, model.Links, model.Orders);
        model.Columns = columns;
        model.Criteria = Combine(filters);

        // Without attribute elements FetchXML returns every column, the opposite of QueryExpression.
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/select-columns
        if (columns.Attributes.Count == 0) columns.AllColumns = true;
        return model;
    }

    private static void ParseTableBody(XElement element, ColumnsModel columns, List<FilterModel> filters, List<LinkModel> links, List<OrderModel> orders)
    {
        foreach (XElement child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "attribute":
                    columns.Attributes.Add(ParseAttribute(child));
                    break;
                case "all-attributes":
                    columns.AllColumns = true;
                    break;
                case "filter":
                    filters.Add(ParseFilter(child));
                    break;
                case "link-entity":
                    links.Add(ParseLink(child));
                    break;
                case "order":
                    orders.Add(ParseOrder(child));
                    break;
                default:
                    throw Invalid($"The '{element.Name.LocalName}' element does not allow a '{child.Name.LocalName}' child.");
            }
        }
    }

    private static AttributeModel ParseAttribute(XElement element)
    {
        var attribute = new AttributeModel(RequiredAttribute(element, "name"))
        {
            Alias = NonEmpty((string?)element.Attribute("alias")),
            GroupBy = Bool(element, "groupby"),
            DistinctValues = Bool(element, "distinct"),
        };
        string? aggregate = NonEmpty((string?)element.Attribute("aggregate"));
        if (aggregate is not null)
        {
            attribute.Aggregate = aggregate switch
            {
                "count" => XrmAggregateType.Count,
                "countcolumn" => XrmAggregateType.CountColumn,
                "sum" => XrmAggregateType.Sum,
                "avg" => XrmAggregateType.Avg,
                "min" => XrmAggregateType.Min,
                "max" => XrmAggregateType.Max,
                _ => throw Invalid($"'{aggregate}' is not a valid aggregate; use count, countcolumn, sum, avg, min or max."),
            };
        }

        string? grouping = NonEmpty((string?)element.Attribute("dategrouping"));
        if (grouping is not null)
        {
            attribute.DateGrouping = grouping switch
            {
                "day" => XrmDateTimeGrouping.Day,
                "week" => XrmDateTimeGrouping.Week,
                "month" => XrmDateTimeGrouping.Month,
                "quarter" => XrmDateTimeGrouping.Quarter,
                "year" => XrmDateTimeGrouping.Year,
                "fiscal-period" => XrmDateTimeGrouping.FiscalPeriod,
                "fiscal-year" => XrmDateTimeGrouping.FiscalYear,
                _ => throw Invalid($"'{grouping}' is not a valid dategrouping; use day, week, month, quarter, year, fiscal-period or fiscal-year."),
            };
        }

        return attribute;
    }

    private static FilterModel ParseFilter(XElement element)
    {
        string type = (string?)element.Attribute("type") ?? "and";
        LogicalOperator op = type switch
        {
            "and" => LogicalOperator.And,
            "or" => LogicalOperator.Or,
            _ => throw Invalid($"'{type}' is not a valid filter type; use 'and' or 'or'."),
        };
        var filter = new FilterModel(op);
        foreach (XElement child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "condition":
                    filter.Conditions.Add(ParseCondition(child));
                    break;
                case "filter":
                    filter.Filters.Add(ParseFilter(child));
                    break;
                case "link-entity":
                    filter.Links.Add(ParseLink(child));
                    break;
                default:
                    throw Invalid($"The 'filter' element does not allow a '{child.Name.LocalName}' child.");
            }
        }

        return filter;
    }

    private static ConditionModel ParseCondition(XElement element)
    {
        string attribute = RequiredAttribute(element, "attribute");
        string operatorText = RequiredAttribute(element, "operator");
        if (!Operators.TryGetValue(operatorText, out ConditionOperator op))
        {
            throw Invalid($"'{operatorText}' is not a valid condition operator.");
        }

        var values = new List<object?>();
        string? single = (string?)element.Attribute("value");
        if (single is not null) values.Add(single);
        foreach (XElement child in element.Elements())
        {
            if (child.Name.LocalName != "value") throw Invalid($"The 'condition' element does not allow a '{child.Name.LocalName}' child.");
            values.Add(child.Value);
        }

        return new ConditionModel(NonEmpty((string?)element.Attribute("entityname")), attribute, op, values)
        {
            ValueOf = NonEmpty((string?)element.Attribute("valueof")),
            OperatorText = operatorText,
        };
    }

    private static LinkModel ParseLink(XElement element)
    {
        string name = RequiredAttribute(element, "name");
        string linkType = (string?)element.Attribute("link-type") ?? "inner";
        if (!LinkTypes.TryGetValue(linkType, out JoinOperator join))
        {
            throw Invalid($"'{linkType}' is not a valid link-type.");
        }

        // FetchXML's 'from' names the linked table's column and 'to' the parent's column.
        var link = new LinkModel(name, (string?)element.Attribute("to") ?? string.Empty, (string?)element.Attribute("from") ?? string.Empty, join)
        {
            Alias = NonEmpty((string?)element.Attribute("alias")),
        };
        var columns = new ColumnsModel();
        var filters = new List<FilterModel>();
        ParseTableBody(element, columns, filters, link.Links, link.Orders);
        link.Columns = columns;
        link.Criteria = Combine(filters);
        return link;
    }

    private static OrderModel ParseOrder(XElement element)
    {
        string? attribute = NonEmpty((string?)element.Attribute("attribute"));
        string? alias = NonEmpty((string?)element.Attribute("alias"));
        if (attribute is null && alias is null) throw Invalid("An 'order' element needs an 'attribute' or an 'alias'.");
        return new OrderModel(attribute, Bool(element, "descending"))
        {
            Alias = alias,
            EntityName = NonEmpty((string?)element.Attribute("entityname")),
        };
    }

    private static FilterModel? Combine(List<FilterModel> filters)
    {
        if (filters.Count == 0) return null;
        if (filters.Count == 1) return filters[0];
        var combined = new FilterModel(LogicalOperator.And);
        combined.Filters.AddRange(filters);
        return combined;
    }

    private static string RequiredAttribute(XElement element, string name)
    {
        string? value = NonEmpty((string?)element.Attribute(name));
        return value ?? throw Invalid($"The '{element.Name.LocalName}' element requires a '{name}' attribute.");
    }

    private static bool Bool(XElement element, string name)
    {
        string? text = NonEmpty((string?)element.Attribute(name));
        return text switch
        {
            null => false,
            "true" or "1" or "True" => true,
            "false" or "0" or "False" => false,
            _ => throw Invalid($"'{text}' is not a valid boolean for the '{name}' attribute."),
        };
    }

    private static int? OptionalInt(XElement element, string name)
    {
        string? text = NonEmpty((string?)element.Attribute(name));
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < 0)
        {
            throw Invalid($"'{text}' is not a valid value for the '{name}' attribute: expected a positive integer.");
        }

        return value;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static Exception Invalid(string message) => Fault.Create(ErrorCodes.InvalidArgument, message);
}

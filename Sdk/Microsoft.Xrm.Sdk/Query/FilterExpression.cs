using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
// Conditions and child Filters of one filter are all combined with its FilterOperator (And by default).
[DataContract(Name = "FilterExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class FilterExpression : IExtensibleDataObject
{
    public FilterExpression()
        : this(LogicalOperator.And)
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
        Conditions = new DataCollection<ConditionExpression>();
        Filters = new DataCollection<FilterExpression>();
    }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));
    }

    public void AddCondition(string? entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));
    }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));
    }

    public void AddCondition(string? entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));
    }

    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));
    }

    public void AddCondition(string? entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));
    }

    public void AddCondition(ConditionExpression condition)
    {
        Conditions.Add(condition);
    }

    /// <summary>Creates a child filter with the given operator, adds it, and returns it for filling in.</summary>
    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }

    public void AddFilter(FilterExpression childFilter)
    {
        if (childFilter != null)
        {
            Filters.Add(childFilter);
        }
    }

    [DataMember]
    public LogicalOperator FilterOperator { get; set; }

    [DataMember(Order = 82, EmitDefaultValue = false)]
    public string? FilterHint { get; set; }

    /// <summary>The link an Any/NotAny/All/NotAll filter ranges over.</summary>
    [DataMember]
    public LinkEntity? AnyAllFilterLinkEntity { get; set; }

    [DataMember]
    public DataCollection<ConditionExpression> Conditions { get; private set; }

    [DataMember]
    public DataCollection<FilterExpression> Filters { get; private set; }

    [DataMember(Order = 51, EmitDefaultValue = false)]
    public bool IsQuickFindFilter { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}

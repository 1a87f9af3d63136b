using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/filter-rows
// EntityName names a linked table (by alias) whose column the condition tests; CompareColumns makes
// Values hold column names to compare against instead of literal values.
[DataContract(Name = "ConditionExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ConditionExpression : IExtensibleDataObject
{
    public ConditionExpression()
    {
        Values = new DataCollection<object>();
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, false, values)
    {
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator, false, values)
    {
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(entityName, attributeName, conditionOperator)
    {
        CompareColumns = compareColumns;
        if (values != null)
        {
            foreach (var value in values)
            {
                Values.Add(value);
            }
        }
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator)
    {
        CompareColumns = compareColumns;
        Values.Add(value);
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, value)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, false, value)
    {
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, false, value)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator)
    {
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator)
        : this()
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
    }

    // Lets a list of ids or option values feed an In condition element by element.
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator)
    {
        if (values != null)
        {
            foreach (var value in values)
            {
                Values.Add(value);
            }
        }
    }

    [DataMember(Order = 60)]
    public string? EntityName { get; set; }

    [DataMember]
    public bool CompareColumns { get; set; }

    [DataMember]
    public string AttributeName { get; set; } = null!;

    [DataMember]
    public ConditionOperator Operator { get; set; }

    [DataMember]
    public DataCollection<object> Values { get; private set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}

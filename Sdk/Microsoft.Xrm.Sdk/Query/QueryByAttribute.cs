using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-querybyattribute-class
// Attributes[i] must equal Values[i]; all pairs are combined with AND.
[DataContract(Name = "QueryByAttribute", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class QueryByAttribute : QueryBase
{
    private ColumnSet _columnSet = new ColumnSet();
    private PagingInfo _pageInfo = new PagingInfo();

    public QueryByAttribute()
    {
        Attributes = new DataCollection<string>();
        Values = new DataCollection<object>();
        Orders = new DataCollection<OrderExpression>();
    }

    public QueryByAttribute(string entityName)
        : this()
    {
        EntityName = entityName;
    }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    /// <summary>Adds one attribute/value equality, keeping Attributes and Values aligned.</summary>
    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    [DataMember]
    public string EntityName { get; set; } = null!;

    [DataMember]
    public DataCollection<string> Attributes { get; private set; }

    [DataMember]
    public DataCollection<object> Values { get; private set; }

    [DataMember]
    public PagingInfo PageInfo
    {
        get => _pageInfo;
        set => _pageInfo = value ?? new PagingInfo();
    }

    [DataMember]
    public ColumnSet ColumnSet
    {
        get => _columnSet;
        set => _columnSet = value ?? new ColumnSet();
    }

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; }

    [DataMember(Order = 50)]
    public int? TopCount { get; set; }
}

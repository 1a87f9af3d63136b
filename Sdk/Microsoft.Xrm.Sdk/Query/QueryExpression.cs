using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/build-queries-with-queryexpression
// A new query selects no columns (ColumnSet is empty, not AllColumns), has an empty And filter, and asks
// for the first page; callers fill those in place, e.g. query.ColumnSet.AddColumns(...).
[DataContract(Name = "QueryExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class QueryExpression : QueryBase
{
    private ColumnSet _columnSet = new ColumnSet();
    private FilterExpression _criteria = new FilterExpression();
    private PagingInfo _pageInfo = new PagingInfo();

    public QueryExpression()
    {
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    public QueryExpression(string entityName)
        : this()
    {
        EntityName = entityName;
    }

    public QueryExpression Accept(IQueryExpressionVisitor visitor)
    {
        return visitor.Visit(this);
    }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddOrder(string attributeName, OrderType orderType, string? alias, string? entityName)
    {
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    /// <summary>Adds a link that joins from this query's table, and returns it.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    [DataMember]
    public bool Distinct { get; set; }

    [DataMember(Order = 50)]
    public bool NoLock { get; set; }

    [DataMember(IsRequired = false, EmitDefaultValue = false)]
    public QueryExpression? SubQueryExpression { get; set; }

    [DataMember]
    public PagingInfo PageInfo
    {
        get => _pageInfo;
        set => _pageInfo = value ?? new PagingInfo();
    }

    [DataMember(Order = 92, EmitDefaultValue = false)]
    public string? QueryHints { get; set; }

    [DataMember(EmitDefaultValue = false)]
    public string? ForceSeek { get; set; }

    [DataMember(Order = 93, EmitDefaultValue = false)]
    public string? DataSource { get; set; }

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    [DataMember]
    public FilterExpression Criteria
    {
        get => _criteria;
        set => _criteria = value ?? new FilterExpression();
    }

    [DataMember]
    public DataCollection<OrderExpression> Orders { get; private set; }

    [DataMember]
    public string EntityName { get; set; } = null!;

    [DataMember]
    public ColumnSet ColumnSet
    {
        get => _columnSet;
        set => _columnSet = value ?? new ColumnSet();
    }

    /// <summary>At most this many rows; Dataverse rejects TopCount combined with paging.</summary>
    [DataMember(Order = 50, EmitDefaultValue = false)]
    public int? TopCount { get; set; }
}

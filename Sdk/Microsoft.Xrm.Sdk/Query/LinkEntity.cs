using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/join-tables
// A join from LinkFromEntityName.LinkFromAttributeName to LinkToEntityName.LinkToAttributeName; columns of
// the linked table come back as AliasedValue under "EntityAlias.column".
[DataContract(Name = "LinkEntity", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class LinkEntity : IExtensibleDataObject
{
    private ColumnSet _columns = new ColumnSet();
    private FilterExpression _linkCriteria = new FilterExpression();

    public LinkEntity()
    {
        JoinOperator = JoinOperator.Inner;
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        : this()
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    /// <summary>Adds a nested link that joins from this link's table, and returns it.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    [DataMember]
    public string LinkFromAttributeName { get; set; } = null!;

    [DataMember]
    public string LinkFromEntityName { get; set; } = null!;

    [DataMember]
    public string LinkToEntityName { get; set; } = null!;

    [DataMember]
    public string LinkToAttributeName { get; set; } = null!;

    [DataMember]
    public JoinOperator JoinOperator { get; set; }

    [DataMember]
    public FilterExpression LinkCriteria
    {
        get => _linkCriteria;
        set => _linkCriteria = value ?? new FilterExpression();
    }

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    [DataMember]
    public ColumnSet Columns
    {
        get => _columns;
        set => _columns = value ?? new ColumnSet();
    }

    [DataMember]
    public string? EntityAlias { get; set; }

    [DataMember(EmitDefaultValue = false)]
    public string? ForceSeek { get; set; }

    [DataMember(Order = 80)]
    public DataCollection<OrderExpression> Orders { get; private set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}

using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

[DataContract(Name = "OrderExpression", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class OrderExpression : IExtensibleDataObject
{
    public OrderExpression()
    {
    }

    public OrderExpression(string attributeName, OrderType orderType)
        : this(attributeName, orderType, null, null)
    {
    }

    public OrderExpression(string attributeName, OrderType orderType, string? alias)
        : this(attributeName, orderType, alias, null)
    {
    }

    public OrderExpression(string attributeName, OrderType orderType, string? alias, string? entityName)
    {
        AttributeName = attributeName;
        OrderType = orderType;
        Alias = alias;
        EntityName = entityName;
    }

    [DataMember]
    public string AttributeName { get; set; } = null!;

    [DataMember]
    public OrderType OrderType { get; set; }

    [DataMember]
    public string? Alias { get; set; }

    /// <summary>The alias or name of a linked table whose column orders the outer rows.</summary>
    [DataMember]
    public string? EntityName { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}

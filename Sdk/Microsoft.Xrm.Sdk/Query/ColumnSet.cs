using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/select-columns
// AllColumns = true returns every column and makes Columns irrelevant; an empty ColumnSet returns only the primary key.
[DataContract(Name = "ColumnSet", Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns = new DataCollection<string>();
    private DataCollection<XrmAttributeExpression> _attributeExpressions = new DataCollection<XrmAttributeExpression>();

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        AddColumns(columns);
    }

    public void AddColumns(params string[] columns)
    {
        if (columns == null)
        {
            return;
        }

        foreach (var column in columns)
        {
            _columns.Add(column);
        }
    }

    public void AddColumn(string column)
    {
        _columns.Add(column);
    }

    [DataMember]
    public bool AllColumns { get; set; }

    [DataMember]
    public DataCollection<string> Columns
    {
        get => _columns;
        // A serializer or caller may hand in null; keep the collection usable.
        set => _columns = value ?? new DataCollection<string>();
    }

    [DataMember]
    public DataCollection<XrmAttributeExpression> AttributeExpressions
    {
        get => _attributeExpressions;
        set => _attributeExpressions = value ?? new DataCollection<XrmAttributeExpression>();
    }

    public ExtensionDataObject? ExtensionData { get; set; }
}

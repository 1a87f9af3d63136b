using System;

namespace CxJourney.SolutionModel.Metadata;

/// <summary>A request named a table or column the local organization does not have.</summary>
public class MetadataException : Exception
{
    public MetadataException(string message) : base(message) { }
    public MetadataException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// No table has the logical name. The message has the platform's wording, which callers see in
/// the fault; logical names are matched exactly (they are lower case), so "Contact" is unknown.
/// </summary>
public sealed class UnknownTableException : MetadataException
{
    public UnknownTableException(string tableName)
        : base($"The entity with a name = '{tableName}' with namemapping = 'Logical' was not found in the MetadataCache.")
    {
        TableName = tableName;
    }

    public string TableName { get; }
}

/// <summary>The table has no column with the logical name; the message has the platform's wording.</summary>
public sealed class UnknownColumnException : MetadataException
{
    public UnknownColumnException(string tableName, string columnName)
        : base($"'{tableName}' entity doesn't contain attribute with Name = '{columnName}' and NameMapping = 'Logical'.")
    {
        TableName = tableName;
        ColumnName = columnName;
    }

    public string TableName { get; }
    public string ColumnName { get; }
}

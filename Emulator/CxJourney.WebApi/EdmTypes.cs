using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.WebApi;

/// <summary>
/// The Edm type the Web API gives a column (at the root: the JSON readers and the OData filter parser both
/// name it in their errors, and neither folder depends on the other).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-types-operations
internal static class EdmTypes
{
    public static string Of(ColumnMetadata column) => column.Type switch
    {
        ColumnType.Integer or ColumnType.Picklist or ColumnType.State or ColumnType.Status => "Edm.Int32",
        ColumnType.BigInt => "Edm.Int64",
        ColumnType.Decimal or ColumnType.Money => "Edm.Decimal",
        ColumnType.Double => "Edm.Double",
        ColumnType.Boolean => "Edm.Boolean",
        ColumnType.DateTime => column.DateTimeBehavior == ColumnDateTimeBehavior.DateOnly ? "Edm.Date" : "Edm.DateTimeOffset",
        ColumnType.Uniqueidentifier or ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => "Edm.Guid",
        _ => "Edm.String",
    };
}

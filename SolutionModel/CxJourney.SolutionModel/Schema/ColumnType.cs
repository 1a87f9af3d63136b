namespace CxJourney.SolutionModel.Schema;

/// <summary>
/// The kind of data a column holds. The first values equal the SDK's AttributeTypeCode so the
/// emulator can convert without a table; the platform reports MultiSelectPicklist, Image and File
/// as Virtual with a type name, so they get values of their own here.
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.attributetypecode
public enum ColumnType
{
    Boolean = 0,
    Customer = 1,
    DateTime = 2,
    Decimal = 3,
    Double = 4,
    Integer = 5,
    Lookup = 6,
    Memo = 7,
    Money = 8,
    Owner = 9,
    PartyList = 10,
    Picklist = 11,
    State = 12,
    Status = 13,
    String = 14,
    Uniqueidentifier = 15,
    CalendarRules = 16,
    Virtual = 17,
    BigInt = 18,
    ManagedProperty = 19,
    EntityName = 20,
    MultiSelectPicklist = 100,
    Image = 101,
    File = 102,
}

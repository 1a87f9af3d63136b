using System;
using System.Collections.Generic;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel;

/// <summary>
/// The &lt;Type&gt; words of an Entity.xml attribute (the schema's CrmDataType plus the newer
/// file/image words), mapped to column types, and the &lt;RequiredLevel&gt; words.
/// </summary>
public static class ColumnTypeCodes
{
    private static readonly Dictionary<string, ColumnType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["primarykey"] = ColumnType.Uniqueidentifier,
        ["uniqueidentifier"] = ColumnType.Uniqueidentifier,
        ["char"] = ColumnType.String,
        ["nchar"] = ColumnType.String,
        ["varchar"] = ColumnType.String,
        ["nvarchar"] = ColumnType.String,
        ["ntext"] = ColumnType.Memo,
        ["text"] = ColumnType.Memo,
        ["numeric"] = ColumnType.Decimal,
        ["decimal"] = ColumnType.Decimal,
        ["int"] = ColumnType.Integer,
        ["smallint"] = ColumnType.Integer,
        ["tinyint"] = ColumnType.Integer,
        ["bigint"] = ColumnType.BigInt,
        ["timestamp"] = ColumnType.BigInt,
        ["float"] = ColumnType.Double,
        ["real"] = ColumnType.Double,
        ["money"] = ColumnType.Money,
        ["smallmoney"] = ColumnType.Money,
        ["bit"] = ColumnType.Boolean,
        ["datetime"] = ColumnType.DateTime,
        ["smalldatetime"] = ColumnType.DateTime,
        ["lookup"] = ColumnType.Lookup,
        ["customer"] = ColumnType.Customer,
        ["owner"] = ColumnType.Owner,
        ["partylist"] = ColumnType.PartyList,
        ["picklist"] = ColumnType.Picklist,
        ["multiselectpicklist"] = ColumnType.MultiSelectPicklist,
        ["state"] = ColumnType.State,
        ["status"] = ColumnType.Status,
        ["virtual"] = ColumnType.Virtual,
        ["image"] = ColumnType.Image,
        ["file"] = ColumnType.File,
        ["entityname"] = ColumnType.EntityName,
        ["managedproperty"] = ColumnType.ManagedProperty,
        ["calendarrules"] = ColumnType.CalendarRules,
    };

    public static bool TryParseType(string code, out ColumnType type) => Types.TryGetValue(code.Trim(), out type);

    /// <summary>none, recommended, required (application required) and systemrequired.</summary>
    public static bool TryParseRequiredLevel(string text, out RequiredLevel level)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "none":
                level = RequiredLevel.None;
                return true;
            case "recommended":
                level = RequiredLevel.Recommended;
                return true;
            case "required":
            case "applicationrequired":
                level = RequiredLevel.ApplicationRequired;
                return true;
            case "systemrequired":
                level = RequiredLevel.SystemRequired;
                return true;
            default:
                level = RequiredLevel.None;
                return false;
        }
    }

    /// <summary>&lt;OwnershipTypeMask&gt;: UserOwned, OrgOwned, BusinessOwned, TeamOwned (treated as user owned), None.</summary>
    public static bool TryParseOwnership(string text, out TableOwnership ownership)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "userowned":
            case "teamowned":
                ownership = TableOwnership.UserOwned;
                return true;
            case "orgowned":
            case "organizationowned":
                ownership = TableOwnership.OrganizationOwned;
                return true;
            case "businessowned":
                ownership = TableOwnership.BusinessOwned;
                return true;
            case "none":
                ownership = TableOwnership.None;
                return true;
            default:
                ownership = TableOwnership.None;
                return false;
        }
    }
}

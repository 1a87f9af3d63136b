using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads an &lt;Entity&gt; (Entities/&lt;SchemaName&gt;/Entity.xml, or inline in customizations.xml).</summary>
internal static class EntityParser
{
    public static TableDefinition? Parse(ReadContext context, XElement entity, EntityFiles files)
    {
        var schemaName = context.RequiredText(entity, "Name");
        var info = entity.Element("EntityInfo")?.Element("entity");
        if (info is null)
        {
            context.Error(entity, "<EntityInfo><entity> is missing");
            return null;
        }
        if (schemaName.Length == 0) return null;

        var infoName = ReadContext.Attr(info, "Name");
        if (infoName is not null && !string.Equals(infoName, schemaName, StringComparison.OrdinalIgnoreCase))
            context.Error(info, $"<entity Name=\"{infoName}\"> does not match <Name>{schemaName}</Name>");

        var attributes = info.Element("attributes");
        if (attributes is null)
        {
            context.Error(info, "<attributes> is missing");
            return null;
        }

        var columns = new List<ColumnDefinition>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in attributes.Elements("attribute"))
        {
            var column = ParseColumn(context, attribute);
            if (column is null) continue;
            if (!names.Add(column.LogicalName))
            {
                context.Error(attribute, $"column '{column.LogicalName}' is defined more than once");
                continue;
            }
            columns.Add(column);
        }

        TableOwnership? ownership = null;
        var mask = ReadContext.TrimmedText(info, "OwnershipTypeMask");
        if (mask is not null)
        {
            if (ColumnTypeCodes.TryParseOwnership(mask, out var parsed)) ownership = parsed;
            else context.Error(info.Element("OwnershipTypeMask")!, $"<OwnershipTypeMask> '{mask}' is not UserOwned, OrgOwned or None");
        }

        return new TableDefinition
        {
            SchemaName = schemaName,
            LogicalName = schemaName.ToLowerInvariant(),
            DisplayName = context.Label(info.Element("LocalizedNames"), "LocalizedName")
                          ?? ReadContext.Attr(entity.Element("Name")!, "LocalizedName") ?? schemaName,
            DisplayCollectionName = context.Label(info.Element("LocalizedCollectionNames"), "LocalizedCollectionName") ?? "",
            Description = context.Label(info.Element("Descriptions"), "Description"),
            EntitySetName = ReadContext.TrimmedText(info, "EntitySetName"),
            Ownership = ownership,
            IsActivity = context.Flag(info, "IsActivity") ?? false,
            IsPartial = info.Element("OwnershipTypeMask") is null,
            Columns = columns,
            AlternateKeys = ParseKeys(context, info),
            FormFiles = files.FormFiles,
            SavedQueryFiles = files.SavedQueryFiles,
            RibbonDiffFile = files.RibbonDiffFile,
            Source = context.Locate(entity),
        };
    }

    private static ColumnDefinition? ParseColumn(ReadContext context, XElement attribute)
    {
        var schemaName = context.RequiredAttr(attribute, "PhysicalName");
        var logicalName = (ReadContext.TrimmedText(attribute, "LogicalName") ?? ReadContext.TrimmedText(attribute, "Name") ?? schemaName)
            .ToLowerInvariant();
        var typeCode = ReadContext.TrimmedText(attribute, "Type");
        if (typeCode is null)
        {
            context.Error(attribute, $"column '{logicalName}' has no <Type>");
            return null;
        }
        if (!ColumnTypeCodes.TryParseType(typeCode, out var type))
        {
            context.Error(attribute.Element("Type")!, $"column '{logicalName}' has unknown <Type> '{typeCode}'");
            return null;
        }
        if (schemaName.Length == 0) return null;

        var required = RequiredLevel.None;
        var requiredText = ReadContext.TrimmedText(attribute, "RequiredLevel");
        if (requiredText is not null && !ColumnTypeCodes.TryParseRequiredLevel(requiredText, out required))
            context.Error(attribute.Element("RequiredLevel")!, $"<RequiredLevel> '{requiredText}' is not none, recommended, required or systemrequired");

        var displayMask = ReadContext.Text(attribute, "DisplayMask") ?? "";
        var isPrimaryName = displayMask.Split('|').Any(part => part.Trim() == "PrimaryName");

        OptionSetDefinition? localOptions = null;
        var globalName = ReadContext.TrimmedText(attribute, "OptionSetName");
        var optionSet = attribute.Element("optionset");
        if (optionSet is not null)
        {
            var isGlobalReference = (context.Flag(optionSet, "IsGlobal") ?? false)
                                    && optionSet.Element("options") is null;
            if (isGlobalReference) globalName ??= ReadContext.Attr(optionSet, "Name");
            else localOptions = OptionSetParser.Parse(context, optionSet);
        }

        if (type is ColumnType.Picklist or ColumnType.MultiSelectPicklist or ColumnType.State or ColumnType.Status
            && localOptions is null && globalName is null)
        {
            context.Error(attribute, $"choice column '{logicalName}' has neither an <optionset> nor an <OptionSetName>");
        }

        ColumnDateTimeBehavior? behavior = null;
        var behaviorCode = context.Int(attribute, "Behavior");
        if (behaviorCode is not null)
        {
            if (Enum.IsDefined(typeof(ColumnDateTimeBehavior), behaviorCode.Value)) behavior = (ColumnDateTimeBehavior)behaviorCode.Value;
            else context.Error(attribute.Element("Behavior")!, $"<Behavior> {behaviorCode} is not 1 (user local), 2 (date only) or 3 (time-zone independent)");
        }
        if (type == ColumnType.DateTime) behavior ??= ColumnDateTimeBehavior.UserLocal;

        var defaultValue = context.Int(attribute, "AppDefaultValue");

        return new ColumnDefinition
        {
            SchemaName = schemaName,
            LogicalName = logicalName,
            TypeCode = typeCode,
            Type = type,
            DisplayName = context.Label(attribute.Element("displaynames"), "displayname") ?? schemaName,
            Description = context.Label(attribute.Element("Descriptions"), "Description"),
            RequiredLevel = required,
            Format = ReadContext.TrimmedText(attribute, "Format"),
            MaxLength = context.Int(attribute, "MaxLength"),
            MinValue = context.Decimal(attribute, "MinValue"),
            MaxValue = context.Decimal(attribute, "MaxValue"),
            Precision = context.Int(attribute, "Accuracy"),
            DateTimeBehavior = behavior,
            IsPrimaryId = string.Equals(typeCode, "primarykey", StringComparison.OrdinalIgnoreCase),
            IsPrimaryName = isPrimaryName,
            IsCustom = context.Flag(attribute, "IsCustomField") ?? false,
            IsSecured = context.Flag(attribute, "IsSecured") ?? false,
            IsValidForCreate = context.Flag(attribute, "ValidForCreateApi") ?? true,
            IsValidForUpdate = context.Flag(attribute, "ValidForUpdateApi") ?? true,
            IsValidForRead = context.Flag(attribute, "ValidForReadApi") ?? true,
            AutoNumberFormat = ReadContext.TrimmedText(attribute, "AutoNumberFormat"),
            LocalOptionSet = localOptions,
            GlobalOptionSetName = globalName,
            DefaultValue = defaultValue is -1 ? null : defaultValue,
            LookupTypeCodes = ParseLookupTypes(context, attribute),
            Source = context.Locate(attribute),
        };
    }

    private static IReadOnlyList<int> ParseLookupTypes(ReadContext context, XElement attribute)
    {
        var types = attribute.Element("LookupTypes");
        if (types is null) return Array.Empty<int>();
        var codes = new List<int>();
        foreach (var type in types.Elements("LookupType"))
        {
            var text = type.Value.Trim();
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)) codes.Add(code);
            else context.Error(type, $"<LookupType> '{text}' is not an object type code");
        }
        return codes;
    }

    private static IReadOnlyList<AlternateKeyDefinition> ParseKeys(ReadContext context, XElement info)
    {
        var keys = new List<AlternateKeyDefinition>();
        foreach (var key in info.Element("EntityKeys")?.Elements("EntityKey") ?? [])
        {
            var schemaName = context.RequiredText(key, "Name");
            var attributes = key.Element("EntityKeyAttributes")?.Elements("AttributeName")
                .Select(a => a.Value.Trim().ToLowerInvariant())
                .Where(a => a.Length > 0)
                .ToArray() ?? [];
            if (attributes.Length == 0) context.Error(key, $"alternate key '{schemaName}' lists no <EntityKeyAttributes><AttributeName>");
            if (schemaName.Length == 0 || attributes.Length == 0) continue;
            keys.Add(new AlternateKeyDefinition
            {
                SchemaName = schemaName,
                LogicalName = (ReadContext.TrimmedText(key, "LogicalName") ?? schemaName).ToLowerInvariant(),
                DisplayName = context.Label(key.Element("displaynames"), "displayname") ?? schemaName,
                KeyAttributes = attributes,
                Source = context.Locate(key),
            });
        }
        return keys;
    }
}

/// <summary>The files beside an Entity.xml, relative to the solution folder.</summary>
internal sealed record EntityFiles(IReadOnlyList<string> FormFiles, IReadOnlyList<string> SavedQueryFiles, string? RibbonDiffFile)
{
    public static readonly EntityFiles None = new(Array.Empty<string>(), Array.Empty<string>(), null);
}

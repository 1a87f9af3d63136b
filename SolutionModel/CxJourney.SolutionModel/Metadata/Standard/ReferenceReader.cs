using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>
/// Reads one standard-table reference file (Reference/&lt;table&gt;.tsv): comment lines (#), one
/// @table line, the column header, one TAB-separated line of 15 cells per column ("-" for empty)
/// and @rel lines. Anything else fails with <see cref="ReferenceFormatException"/> naming file and line.
/// </summary>
internal static class ReferenceReader
{
    public const string Header = "logicalname\tschemaname\ttype\trequired\taccess\tmaxlength\tmin\tmax\tprecision\tformat\tbehavior\ttargets\tdefault\toptions\tdisplayname";
    private const int ColumnCells = 15;
    private const string Empty = "-";

    private static readonly Dictionary<string, ColumnType> Types = new(StringComparer.Ordinal)
    {
        ["String"] = ColumnType.String, ["Memo"] = ColumnType.Memo, ["Integer"] = ColumnType.Integer,
        ["BigInt"] = ColumnType.BigInt, ["Decimal"] = ColumnType.Decimal, ["Double"] = ColumnType.Double,
        ["Money"] = ColumnType.Money, ["Boolean"] = ColumnType.Boolean, ["DateTime"] = ColumnType.DateTime,
        ["Lookup"] = ColumnType.Lookup, ["Customer"] = ColumnType.Customer, ["Owner"] = ColumnType.Owner,
        ["PartyList"] = ColumnType.PartyList, ["Picklist"] = ColumnType.Picklist,
        ["MultiSelectPicklist"] = ColumnType.MultiSelectPicklist, ["State"] = ColumnType.State,
        ["Status"] = ColumnType.Status, ["Uniqueidentifier"] = ColumnType.Uniqueidentifier,
        ["EntityName"] = ColumnType.EntityName, ["Virtual"] = ColumnType.Virtual, ["Image"] = ColumnType.Image,
        ["File"] = ColumnType.File, ["ManagedProperty"] = ColumnType.ManagedProperty,
        ["CalendarRules"] = ColumnType.CalendarRules,
    };

    public static ReferenceTable Read(string fileName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(fileName, reader);
    }

    public static ReferenceTable Read(string fileName, TextReader reader)
    {
        var columns = new List<ReferenceColumn>();
        var relationships = new List<ReferenceRelationship>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ReferenceTable? table = null;
        string? page = null;
        var headerSeen = false;
        var number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# page:", StringComparison.Ordinal)) page = line["# page:".Length..].Trim();
                continue;
            }
            var cells = line.Split('\t');
            var at = new Place(fileName, number);
            if (cells[0] == "@table")
            {
                if (table is not null) throw at.Fail("a second @table line");
                table = TableLine(at, cells);
                continue;
            }
            if (table is null) throw at.Fail("expected the @table line before anything else");
            if (cells[0] == "@rel")
            {
                relationships.Add(RelationshipLine(at, cells));
                continue;
            }
            if (line == Header)
            {
                if (headerSeen) throw at.Fail("a second header line");
                headerSeen = true;
                continue;
            }
            if (!headerSeen) throw at.Fail($"expected the header line ({Header.Replace('\t', ' ')})");
            if (relationships.Count > 0) throw at.Fail("a column line after the @rel lines");
            if (cells[0].StartsWith('@')) throw at.Fail($"unknown directive '{cells[0]}' (expected @table or @rel)");
            var column = ColumnLine(at, cells);
            if (!seen.Add(column.LogicalName)) throw at.Fail($"column '{column.LogicalName}' appears twice");
            columns.Add(column);
        }

        if (table is null) throw new ReferenceFormatException(fileName, number, "no @table line");
        if (!headerSeen) throw new ReferenceFormatException(fileName, number, "no header line");
        var expected = Path.GetFileNameWithoutExtension(fileName);
        if (!string.Equals(expected, table.LogicalName, StringComparison.Ordinal))
            throw new ReferenceFormatException(fileName, 1, $"the @table line names '{table.LogicalName}' but the file is named for '{expected}'");
        return table with { Page = page, Columns = columns, Relationships = relationships };
    }

    // ---- @table ---------------------------------------------------------------------------

    private static ReferenceTable TableLine(Place at, string[] cells)
    {
        if (cells.Length < 2 || !IsName(cells[1])) throw at.Fail("the @table line must name the table's logical name (lower case) in its second cell");
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i < cells.Length; i++)
        {
            var eq = cells[i].IndexOf('=');
            if (eq <= 0) throw at.Fail($"table property '{cells[i]}' is not name=value");
            var name = cells[i][..eq];
            if (name is not ("schema" or "set" or "primaryid" or "primaryname" or "otc" or "ownership"))
                throw at.Fail($"unknown table property '{name}' (expected schema, set, primaryid, primaryname, otc, ownership)");
            if (!properties.TryAdd(name, cells[i][(eq + 1)..])) throw at.Fail($"table property '{name}' given twice");
        }
        string? Get(string name) => properties.TryGetValue(name, out var value) && value != Empty && value.Length > 0 ? value : null;

        int? otc = null;
        if (Get("otc") is { } code)
            otc = int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw at.Fail($"otc '{code}' is not a whole number");
        TableOwnership? ownership = null;
        if (Get("ownership") is { } owned)
            ownership = Enum.TryParse(owned, ignoreCase: false, out TableOwnership parsed) && Enum.IsDefined(parsed) && !int.TryParse(owned, out _)
                ? parsed
                : throw at.Fail($"ownership '{owned}' is not UserOwned, OrganizationOwned, BusinessOwned or None");

        return new ReferenceTable
        {
            FileName = at.File,
            LogicalName = cells[1],
            SchemaName = Get("schema"),
            EntitySetName = Get("set"),
            PrimaryIdAttribute = Get("primaryid"),
            PrimaryNameAttribute = Get("primaryname"),
            ObjectTypeCode = otc,
            Ownership = ownership,
            Columns = [],
            Relationships = [],
        };
    }

    // ---- column lines ---------------------------------------------------------------------

    private static ReferenceColumn ColumnLine(Place at, string[] cells)
    {
        if (cells.Length != ColumnCells) throw at.Fail($"a column line has {ColumnCells} TAB-separated cells, this one has {cells.Length}");
        var logical = cells[0];
        // A few platform columns keep capitals in their logical name (organization.restrictGuestUserAccess).
        if (!IsName(logical.ToLowerInvariant())) throw at.Fail($"logical name '{logical}' is not a name (letters, digits, _)");
        if (!string.Equals(cells[1], logical, StringComparison.OrdinalIgnoreCase))
            throw at.Fail($"schema name '{cells[1]}' does not match logical name '{logical}'");
        if (!Types.TryGetValue(cells[2], out var type)) throw at.Fail($"column '{logical}': unknown type '{cells[2]}'");
        var required = cells[3] switch
        {
            "None" => RequiredLevel.None,
            "Recommended" => RequiredLevel.Recommended,
            "ApplicationRequired" => RequiredLevel.ApplicationRequired,
            "SystemRequired" => RequiredLevel.SystemRequired,
            _ => throw at.Fail($"column '{logical}': required level '{cells[3]}' is not None, Recommended, ApplicationRequired or SystemRequired"),
        };
        var (create, update) = cells[4] switch
        {
            "CU" => (true, true),
            "C" => (true, false),
            "U" => (false, true),
            "R" => (false, false),
            _ => throw at.Fail($"column '{logical}': access '{cells[4]}' is not CU, C, U or R"),
        };
        var behavior = Optional(cells[10]) switch
        {
            null => (ColumnDateTimeBehavior?)null,
            "UserLocal" => ColumnDateTimeBehavior.UserLocal,
            "DateOnly" => ColumnDateTimeBehavior.DateOnly,
            "TimeZoneIndependent" => ColumnDateTimeBehavior.TimeZoneIndependent,
            var other => throw at.Fail($"column '{logical}': date behaviour '{other}' is not UserLocal, DateOnly or TimeZoneIndependent"),
        };
        var targets = Optional(cells[11]) is { } list ? list.Split(',') : [];
        foreach (var target in targets)
        {
            if (!IsName(target)) throw at.Fail($"column '{logical}': target '{target}' is not a table logical name (comma-separated, no spaces)");
        }
        var displayName = cells[14];
        if (displayName.Length == 0) throw at.Fail($"column '{logical}': empty display name (write '-')");

        return new ReferenceColumn
        {
            Line = at.Line,
            LogicalName = logical,
            SchemaName = cells[1],
            Type = type,
            TypeName = cells[2],
            RequiredLevel = required,
            IsValidForCreate = create,
            IsValidForUpdate = update,
            MaxLength = Whole(at, logical, "maxlength", cells[5]),
            MinValue = Number(at, logical, "min", cells[6]),
            MaxValue = Number(at, logical, "max", cells[7]),
            Precision = Whole(at, logical, "precision", cells[8]),
            Format = Optional(cells[9]),
            DateTimeBehavior = behavior,
            Targets = targets,
            DefaultValue = Default(at, logical, cells[12]),
            Options = Options(at, logical, type, cells[13]),
            DisplayName = displayName == Empty ? "" : displayName,
        };
    }

    private static IReadOnlyList<ChoiceOption> Options(Place at, string column, ColumnType type, string cell)
    {
        if (Optional(cell) is not { } text) return [];
        var options = new List<ChoiceOption>();
        foreach (var item in text.Split(';'))
        {
            var eq = item.IndexOf('=');
            if (eq <= 0 || !int.TryParse(item[..eq], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                throw at.Fail($"column '{column}': option '{item}' is not value=Label");
            var label = item[(eq + 1)..];
            int? state = null, defaultStatus = null;
            if (type == ColumnType.Status) (label, state) = Suffix(at, column, label, '@', "status option needs its state: value=Label@state");
            if (type == ColumnType.State) (label, defaultStatus) = Suffix(at, column, label, '#', "state option needs its default status: value=Label#status");
            if (options.Exists(o => o.Value == value)) throw at.Fail($"column '{column}': option value {value} appears twice");
            options.Add(new ChoiceOption { Value = value, Label = label, State = state, DefaultStatus = defaultStatus });
        }
        return options;
    }

    private static (string Label, int Number) Suffix(Place at, string column, string label, char mark, string problem)
    {
        var index = label.LastIndexOf(mark);
        if (index < 0 || !int.TryParse(label[(index + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            throw at.Fail($"column '{column}': {problem}, got '{label}'");
        return (label[..index], number);
    }

    private static int? Default(Place at, string column, string cell)
    {
        if (Optional(cell) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        // Yes/no columns print their default as True or False.
        if (string.Equals(text, "True", StringComparison.OrdinalIgnoreCase)) return 1;
        if (string.Equals(text, "False", StringComparison.OrdinalIgnoreCase)) return 0;
        throw at.Fail($"column '{column}': default '{text}' is not a number, True or False");
    }

    private static int? Whole(Place at, string column, string cellName, string cell)
    {
        if (Optional(cell) is not { } text) return null;
        return int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw at.Fail($"column '{column}': {cellName} '{text}' is not a whole number");
    }

    private static decimal? Number(Place at, string column, string cellName, string cell)
    {
        if (Optional(cell) is not { } text) return null;
        const NumberStyles Style = NumberStyles.Float | NumberStyles.AllowThousands;
        if (decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var value)) return value;
        // A double column's range may be printed beyond what decimal holds (1.79E+308): the widest decimal stands for it.
        if (double.TryParse(text, Style, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
            return real > 0 ? decimal.MaxValue : decimal.MinValue;
        throw at.Fail($"column '{column}': {cellName} '{text}' is not a number");
    }

    // ---- @rel -----------------------------------------------------------------------------

    private static ReferenceRelationship RelationshipLine(Place at, string[] cells)
    {
        if (cells.Length < 4) throw at.Fail("an @rel line needs the schema name, the referencing table and the referencing column");
        if (cells[1].Length == 0 || cells[1] == Empty) throw at.Fail("an @rel line needs the relationship's schema name");
        if (!IsName(cells[2])) throw at.Fail($"relationship '{cells[1]}': referencing table '{cells[2]}' is not a logical name");
        if (!IsName(cells[3])) throw at.Fail($"relationship '{cells[1]}': referencing column '{cells[3]}' is not a logical name");
        var rules = new Dictionary<string, CascadeRule?>(StringComparer.Ordinal);
        for (var i = 4; i < cells.Length; i++)
        {
            var eq = cells[i].IndexOf('=');
            var name = eq > 0 ? cells[i][..eq] : cells[i];
            if (eq <= 0 || name is not ("assign" or "delete" or "reparent" or "share" or "unshare" or "merge"))
                throw at.Fail($"relationship '{cells[1]}': '{cells[i]}' is not assign=, delete=, reparent=, share=, unshare= or merge=");
            var value = cells[i][(eq + 1)..];
            CascadeRule? rule = value == Empty
                ? null
                : Enum.TryParse(value, ignoreCase: false, out CascadeRule parsed) && !int.TryParse(value, out _) ? parsed
                : throw at.Fail($"relationship '{cells[1]}': {name} '{value}' is not Cascade, NoCascade, Active, UserOwned, RemoveLink or Restrict");
            if (!rules.TryAdd(name, rule)) throw at.Fail($"relationship '{cells[1]}': {name} given twice");
        }
        CascadeRule? Rule(string name) => rules.TryGetValue(name, out var rule) ? rule : null;
        return new ReferenceRelationship
        {
            Line = at.Line,
            SchemaName = cells[1],
            ReferencingTable = cells[2],
            ReferencingAttribute = cells[3],
            Assign = Rule("assign"),
            Delete = Rule("delete"),
            Reparent = Rule("reparent"),
            Share = Rule("share"),
            Unshare = Rule("unshare"),
            Merge = Rule("merge"),
        };
    }

    // ---- helpers --------------------------------------------------------------------------

    private static string? Optional(string cell) => cell == Empty || cell.Length == 0 ? null : cell;

    private static bool IsName(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '_')) return false;
        }
        return true;
    }

    private readonly record struct Place(string File, int Line)
    {
        public ReferenceFormatException Fail(string problem) => new(File, Line, problem);
    }
}

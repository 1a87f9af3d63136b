using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>
/// State shared by the parsers of one read: the folder, the base language, and the issues found.
/// The typed helpers record an issue and return null instead of throwing, so one read reports
/// every problem of every file.
/// </summary>
internal sealed class ReadContext
{
    private sealed record FileTag(string RelativePath);

    public ReadContext(string rootFolder)
    {
        RootFolder = rootFolder;
    }

    public string RootFolder { get; }

    /// <summary>The language whose labels become display names (solution.xml languagecode).</summary>
    public int LanguageCode { get; set; } = 1033;

    public List<SolutionIssue> Issues { get; } = new();

    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);

    public string Relative(string fullPath)
        => Path.GetRelativePath(RootFolder, fullPath).Replace('\\', '/');

    /// <summary>The document, or null (with an issue) when the file is missing, malformed or has another root.</summary>
    public XDocument? Load(string fullPath, string expectedRoot)
    {
        var relative = Relative(fullPath);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(fullPath, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            Issues.Add(new SolutionIssue(IssueSeverity.Error, new SourceLocation(relative, "", ex.LineNumber),
                $"malformed XML: {ex.Message}"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Issues.Add(new SolutionIssue(IssueSeverity.Error, new SourceLocation(relative, ""), $"cannot read the file: {ex.Message}"));
            return null;
        }

        document.AddAnnotation(new FileTag(relative));
        var root = document.Root!;
        if (root.Name.LocalName != expectedRoot)
        {
            Error(root, $"expected root element <{expectedRoot}>, found <{root.Name.LocalName}>");
            return null;
        }
        return document;
    }

    public SourceLocation Locate(XObject node)
    {
        var file = node.Document?.Annotation<FileTag>()?.RelativePath ?? "";
        return new SourceLocation(file, XmlPaths.Of(node), XmlPaths.LineOf(node));
    }

    public void Error(XObject node, string message)
        => Issues.Add(new SolutionIssue(IssueSeverity.Error, Locate(node), message));

    public void Warning(XObject node, string message)
        => Issues.Add(new SolutionIssue(IssueSeverity.Warning, Locate(node), message));

    public void FileError(string relativePath, string message)
        => Issues.Add(new SolutionIssue(IssueSeverity.Error, new SourceLocation(relativePath, ""), message));

    public void FileWarning(string relativePath, string message)
        => Issues.Add(new SolutionIssue(IssueSeverity.Warning, new SourceLocation(relativePath, ""), message));

    // ---- typed readers -------------------------------------------------------------------

    public static XElement? Child(XElement parent, string name) => parent.Element(name);

    /// <summary>The element's text, null when absent or xsi:nil.</summary>
    public static string? Text(XElement parent, string name)
    {
        var element = parent.Element(name);
        if (element is null || IsNil(element)) return null;
        return element.Value;
    }

    /// <summary>Trimmed text, null when absent, nil or blank.</summary>
    public static string? TrimmedText(XElement parent, string name)
    {
        var text = Text(parent, name)?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public string RequiredText(XElement parent, string name)
    {
        var text = TrimmedText(parent, name);
        if (text is null) Error(parent, $"<{name}> is missing or empty");
        return text ?? "";
    }

    public static string? Attr(XElement element, string name)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string RequiredAttr(XElement element, string name)
    {
        var value = Attr(element, name);
        if (value is null) Error(element, $"attribute {name} is missing or empty");
        return value ?? "";
    }

    public int? Int(XElement parent, string name, bool required = false)
    {
        var text = TrimmedText(parent, name);
        if (text is null)
        {
            if (required) Error(parent, $"<{name}> is missing or empty");
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Error(parent.Element(name)!, $"<{name}> '{text}' is not a whole number");
        return null;
    }

    public int? IntAttr(XElement element, string name, bool required = false)
    {
        var text = Attr(element, name);
        if (text is null)
        {
            if (required) Error(element, $"attribute {name} is missing or empty");
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Error(element.Attribute(name)!, $"attribute {name} '{text}' is not a whole number");
        return null;
    }

    public decimal? Decimal(XElement parent, string name)
    {
        var text = TrimmedText(parent, name);
        if (text is null) return null;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var wide))
        {
            // Double columns can hold limits beyond decimal's range; clamp to what decimal carries.
            return wide > 0 ? decimal.MaxValue : decimal.MinValue;
        }
        Error(parent.Element(name)!, $"<{name}> '{text}' is not a number");
        return null;
    }

    /// <summary>A 0/1 flag (true/false accepted too); null when absent.</summary>
    public bool? Flag(XElement parent, string name)
    {
        var text = TrimmedText(parent, name);
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "1":
            case "true":
                return true;
            case "0":
            case "false":
                return false;
            default:
                Error(parent.Element(name)!, $"<{name}> '{text}' is not 0 or 1");
                return null;
        }
    }

    public Guid? GuidText(XElement parent, string name, bool required = false)
    {
        var text = TrimmedText(parent, name);
        if (text is null)
        {
            if (required) Error(parent, $"<{name}> is missing or empty");
            return null;
        }
        if (Guid.TryParse(text, out var value)) return value;
        Error(parent.Element(name)!, $"<{name}> '{text}' is not a GUID");
        return null;
    }

    public Guid? GuidAttr(XElement element, string name, bool required = false)
    {
        var text = Attr(element, name);
        if (text is null)
        {
            if (required) Error(element, $"attribute {name} is missing or empty");
            return null;
        }
        if (Guid.TryParse(text, out var value)) return value;
        Error(element.Attribute(name)!, $"attribute {name} '{text}' is not a GUID");
        return null;
    }

    /// <summary>
    /// The label in the base language among <paramref name="container"/>'s children named
    /// <paramref name="itemName"/> (each with description and languagecode attributes), else the first.
    /// </summary>
    public string? Label(XElement? container, string itemName)
    {
        if (container is null) return null;
        XElement? first = null;
        foreach (var item in container.Elements(itemName))
        {
            first ??= item;
            if (item.Attribute("languagecode")?.Value == LanguageCode.ToString(CultureInfo.InvariantCulture))
                return item.Attribute("description")?.Value;
        }
        return first?.Attribute("description")?.Value;
    }

    /// <summary>A comma-separated list, trimmed, without empty entries.</summary>
    public static IReadOnlyList<string> CommaList(string? text)
        => string.IsNullOrWhiteSpace(text)
            ? Array.Empty<string>()
            : text.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

    private static bool IsNil(XElement element)
        => element.Attributes().Any(a => a.Name.LocalName == "nil" && a.Value == "true");
}

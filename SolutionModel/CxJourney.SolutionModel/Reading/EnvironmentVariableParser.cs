using System;
using System.IO;
using System.Text.Json;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads an &lt;environmentvariabledefinition&gt; and the environmentvariablevalues.json beside it.</summary>
internal static class EnvironmentVariableParser
{
    public static EnvironmentVariableDefinition? Parse(ReadContext context, XElement element, string? valuesFile)
    {
        var schemaName = context.RequiredAttr(element, "schemaname");
        var typeCode = context.Int(element, "type", required: true);
        EnvironmentVariableType? type = null;
        if (typeCode is not null)
        {
            if (Enum.IsDefined(typeof(EnvironmentVariableType), typeCode.Value)) type = (EnvironmentVariableType)typeCode.Value;
            else context.Error(element.Element("type")!, $"<type> {typeCode} is not an environment variable type (100000000 String ... 100000005 Secret)");
        }
        if (schemaName.Length == 0 || type is null) return null;

        return new EnvironmentVariableDefinition
        {
            SchemaName = schemaName,
            DisplayName = LocalizedText(context, element.Element("displayname")) ?? schemaName,
            Description = LocalizedText(context, element.Element("description")),
            Type = type.Value,
            DefaultValue = ReadContext.Text(element, "defaultvalue"),
            CurrentValue = valuesFile is null ? null : ReadValue(context, valuesFile),
            ValuesFile = valuesFile is null ? null : context.Relative(valuesFile),
            IsRequired = context.Flag(element, "isrequired") ?? false,
            IsCustomizable = context.Flag(element, "iscustomizable") ?? true,
            SecretStore = context.Int(element, "secretstore"),
            IntroducedVersion = ReadContext.TrimmedText(element, "introducedversion"),
            Source = context.Locate(element),
        };
    }

    private static string? LocalizedText(ReadContext context, XElement? element)
    {
        if (element is null) return null;
        return context.Label(element, "label") ?? ReadContext.Attr(element, "default");
    }

    /// <summary>The "value" of {"environmentvariablevalues":{"environmentvariablevalue":{...}}} (object or array).</summary>
    private static string? ReadValue(ReadContext context, string fullPath)
    {
        var relative = context.Relative(fullPath);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(fullPath));
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("environmentvariablevalues", out var values)
                && values.ValueKind == JsonValueKind.Object
                && values.TryGetProperty("environmentvariablevalue", out var value))
            {
                if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0) value = value[0];
                if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("value", out var text))
                    return text.ValueKind == JsonValueKind.String ? text.GetString() : text.GetRawText();
            }
            context.FileError(relative, "expected {\"environmentvariablevalues\":{\"environmentvariablevalue\":{\"value\":...}}}");
            return null;
        }
        catch (JsonException ex)
        {
            context.Issues.Add(new SolutionIssue(IssueSeverity.Error,
                new SourceLocation(relative, "", (int)(ex.LineNumber ?? -1) + 1), $"malformed JSON: {ex.Message}"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.FileError(relative, $"cannot read the file: {ex.Message}");
            return null;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CxJourney.Cli.Deploy;

/// <summary>
/// The JSON file `deploy --settings` reads: an object of environment variable schema names and
/// their values. A text variable's value is a string; a JSON variable's value may be written as the
/// JSON itself (object or array) or as a string holding it.
/// <code>{ "cx_CxTeamQueue": "Customer Care", "cx_FollowUpThrottle": { "maxFollowUps": 2, "perDays": 7 } }</code>
/// </summary>
public static class SettingsFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The settings file {path} does not exist.", path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {error.Message}", error);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"{path} must hold one JSON object: {{ \"cx_SchemaName\": value, ... }}.");
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (JsonProperty property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString()!,
                    JsonValueKind.Object or JsonValueKind.Array => property.Value.GetRawText(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => throw new InvalidDataException($"{path}: {property.Name} has no value (null); remove it to keep the organization's value."),
                };
            }
            return values;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Domain.Json;
using CxJourney.Plugins.FollowUps;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using CxJourney.Plugins.Cases;

namespace CxJourney.Cli.Deploy;

/// <summary>One environment variable the plug-ins cannot use, and why (the plug-ins' own wording).</summary>
public sealed record VariableProblem(string SchemaName, string Message);

/// <summary>
/// Checks environment variable values with the readers the plug-ins use at run time (scoring,
/// follow-ups, calendar, journey settings), so `deploy` refuses a value before sending it and
/// `doctor` reports one an admin broke, in the words the plug-ins' trace would use.
/// Dataverse stores at most 2,000 characters in environmentvariablevalue.value.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariablevalue
public static class EnvironmentVariableCheck
{
    public const int MaxValueLength = 2000;

    /// <summary>Problems of the effective values (a value row's value, else the definition's default), by variable.</summary>
    public static IReadOnlyList<VariableProblem> Check(IReadOnlyDictionary<string, string?> effective)
    {
        var problems = new List<VariableProblem>();
        foreach (var pair in effective)
        {
            if (pair.Value is { Length: > MaxValueLength } value)
                problems.Add(new VariableProblem(pair.Key, $"the value has {value.Length} characters; Dataverse keeps at most {MaxValueLength}"));
        }

        var settings = EnvironmentSettings.From(effective.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase));
        var messages = new List<string>();
        messages.AddRange(ScoringConfiguration.From(settings).Problems);
        messages.AddRange(FollowUpConfiguration.From(settings).Problems);
        try
        {
            JourneyOptions.FromJson(settings.Get(EnvironmentVariables.JourneySettings));
        }
        catch (JsonConfigurationException invalid)
        {
            messages.Add(EnvironmentVariables.JourneySettings + ": " + invalid.Message);
        }

        // Each reader starts its message with the variable's schema name; the calendar is read by
        // scoring and follow-ups alike, so the same problem can come twice.
        foreach (string message in messages.Distinct(StringComparer.Ordinal))
        {
            int colon = message.IndexOf(':', StringComparison.Ordinal);
            string name = colon > 0 ? message[..colon] : "(unknown)";
            string text = colon > 0 ? message[(colon + 1)..].Trim() : message;
            text = StripFallback(text);
            if (!problems.Any(p => p.SchemaName == name && p.Message == text)) problems.Add(new VariableProblem(name, text));
        }
        return problems.OrderBy(p => p.SchemaName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The plug-ins add what they fall back to; for a check only the reason matters.</summary>
    private static string StripFallback(string text)
    {
        int fallback = text.IndexOf("; the shipped", StringComparison.Ordinal);
        return fallback > 0 ? text[..fallback] : text;
    }
}

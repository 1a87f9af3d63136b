using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Requests;

/// <summary>
/// The optional parameters a request may carry that change how the platform runs it, rather
/// than what it does. Read from the request's Parameters, where callers set them.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/optional-parameters
public sealed record RequestOptions
{
    public static readonly RequestOptions None = new();

    /// <summary>"BypassCustomPluginExecution": synchronous custom plug-ins and workflows do not run.</summary>
    public bool BypassCustomPluginExecution { get; init; }

    /// <summary>"BypassBusinessLogicExecution": "CustomSync", "CustomAsync" or both, comma separated.</summary>
    public IReadOnlyCollection<string> BypassBusinessLogicExecution { get; init; } = Array.Empty<string>();

    /// <summary>"BypassBusinessLogicExecutionStepIds": specific plug-in steps not to run.</summary>
    public IReadOnlyCollection<Guid> BypassBusinessLogicExecutionStepIds { get; init; } = Array.Empty<Guid>();

    /// <summary>"SuppressCallbackRegistrationExpanderJob": Power Automate triggers do not fire.</summary>
    public bool SuppressCallbackRegistrationExpanderJob { get; init; }

    /// <summary>"tag": a value plug-ins read from the execution context's SharedVariables.</summary>
    public string? Tag { get; init; }

    public static RequestOptions From(OrganizationRequest request)
    {
        ParameterCollection p = request.Parameters;
        var options = new RequestOptions
        {
            BypassCustomPluginExecution = p.TryGetValue("BypassCustomPluginExecution", out object? bypass) && bypass is bool b && b,
            SuppressCallbackRegistrationExpanderJob = p.TryGetValue("SuppressCallbackRegistrationExpanderJob", out object? suppress) && suppress is bool s && s,
            Tag = p.TryGetValue("tag", out object? tag) ? tag?.ToString() : null,
        };
        if (p.TryGetValue("BypassBusinessLogicExecution", out object? logic) && logic is string logicText)
        {
            options = options with { BypassBusinessLogicExecution = SplitList(logicText) };
        }
        if (p.TryGetValue("BypassBusinessLogicExecutionStepIds", out object? steps) && steps is string stepText)
        {
            var ids = new List<Guid>();
            foreach (string part in SplitList(stepText)) if (Guid.TryParse(part, out Guid id)) ids.Add(id);
            options = options with { BypassBusinessLogicExecutionStepIds = ids };
        }
        return options;
    }

    /// <summary>Options of an inner request: what the outer request asked for still applies.</summary>
    public RequestOptions CombineWith(RequestOptions inner) => new()
    {
        BypassCustomPluginExecution = BypassCustomPluginExecution || inner.BypassCustomPluginExecution,
        BypassBusinessLogicExecution = Union(BypassBusinessLogicExecution, inner.BypassBusinessLogicExecution),
        BypassBusinessLogicExecutionStepIds = Union(BypassBusinessLogicExecutionStepIds, inner.BypassBusinessLogicExecutionStepIds),
        SuppressCallbackRegistrationExpanderJob = SuppressCallbackRegistrationExpanderJob || inner.SuppressCallbackRegistrationExpanderJob,
        Tag = inner.Tag ?? Tag,
    };

    private static string[] SplitList(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IReadOnlyCollection<T> Union<T>(IReadOnlyCollection<T> a, IReadOnlyCollection<T> b)
    {
        if (b.Count == 0) return a;
        if (a.Count == 0) return b;
        var set = new HashSet<T>(a);
        set.UnionWith(b);
        return set;
    }
}

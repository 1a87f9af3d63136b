using System;
using CxJourney.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Settings;

/// <summary>
/// One execution's environment variables, resolved at most once and only when needed: from a settings copy a query
/// returned with its rows (<see cref="Offer"/>; no request), else from the copy read by its id, and from the variables
/// themselves when the copy is missing, old or unreadable (then the copy is replaced, see <see cref="SettingsCopy"/>).
/// One per execution, never a field of a plug-in: an instance serves many threads.
/// </summary>
public sealed class JobSettings
{
    private readonly IOrganizationService _service;
    private readonly DateTime _now;
    private readonly Action<string> _trace;
    private SettingsCopy.Found? _offered;
    private EnvironmentSettings? _environment;

    public JobSettings(IOrganizationService service, DateTime now, Action<string> trace)
    {
        _service = service;
        _now = now;
        _trace = trace;
    }

    /// <summary>The settings of a job that read at most one copy with its rows (<paramref name="offered"/>): resolved at once.</summary>
    public static EnvironmentSettings Resolve(IOrganizationService service, DateTime now, Action<string> trace, SettingsCopy.Found? offered)
    {
        var settings = new JobSettings(service, now, trace);
        settings.Offer(offered);
        return settings.Environment;
    }

    /// <summary>A copy a query returned (there is one row: any journey's link reaches it).</summary>
    public void Offer(SettingsCopy.Found? copy)
    {
        if (copy is not null && (_offered is null || !_offered.IsFreshAt(_now))) _offered = copy;
    }

    /// <summary>The copy exists (once the settings are resolved): a row written now may link to it.</summary>
    public bool CopyExists { get; private set; }

    public EnvironmentSettings Environment => _environment ??= Resolve();

    private EnvironmentSettings Resolve()
    {
        var copy = _offered ?? SettingsCopy.Read(_service);
        CopyExists = true;
        if (copy is not null && copy.IsFreshAt(_now)) return copy.Settings!;
        var loaded = EnvironmentSettings.Load(_service);
        // Made or replaced by this job, or by another writer first (then it is at least as new): it exists either way.
        SettingsCopy.Refresh(_service, copy, loaded, _now, _trace);
        return loaded;
    }
}

using CxJourney.Plugins.Infrastructure;

namespace CxJourney.Plugins.Settings;

/// <summary>
/// Copies the environment variables into the settings copy (<see cref="SettingsCopy"/>) when a definition is created or
/// its default updated, or a current value is created, updated or deleted: synchronous, post-operation, in the change's own transaction, so the copy and the
/// variables commit or roll back together and the next job reads the new value. Two calls (the variables, the Upsert
/// of the copy), run as the system: an admin who may change a variable needs no right on the copy, and the write
/// cannot fail for a reason the admin could fix. It copies whatever variable changed (another solution's too): telling
/// a cx_ one apart would cost the same read. The Delete of a definition is not a step: it happens when a solution is
/// uninstalled, when the copy's own table may be going too, and a copy listing a variable that no longer exists is
/// harmless (code defaults apply to a missing one) until the next day's copy.
/// </summary>
public sealed class SettingsCopyPlugin : PluginBase
{
    public SettingsCopyPlugin(string? unsecureConfiguration = null, string? secureConfiguration = null)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var settings = EnvironmentSettings.Load(context.SystemService);
        SettingsCopy.Write(context.SystemService, settings, PluginClock.Now(execution));
        context.Trace($"{execution.MessageName} of {execution.PrimaryEntityName} {execution.PrimaryEntityId:D}: copied the environment variables into the settings copy.");
    }
}

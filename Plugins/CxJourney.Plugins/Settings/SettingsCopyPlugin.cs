using CxJourney.Plugins.Infrastructure;

namespace CxJourney.Plugins.Settings;

/// <summary>
/// Copies the environment variables into the settings copy (<see cref="SettingsCopy"/>) when a definition or a value
/// is created, updated or deleted: synchronous, post-operation, in the change's own transaction, so the copy and the
/// variables commit or roll back together and the next job reads the new value. Two calls (the variables, the Upsert
/// of the copy), run as the system: an admin who may change a variable needs no right on the copy, and the write
/// cannot fail for a reason the admin could fix. It copies whatever variable changed (another solution's too): telling
/// a cx_ one apart would cost the same read.
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

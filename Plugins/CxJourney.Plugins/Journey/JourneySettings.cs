using CxJourney.Plugins.Domain.Journey;
using CxJourney.Plugins.Domain.Json;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Journey;

/// <summary>
/// The journey thresholds from cx_JourneySettings. Invalid JSON never stops a rollup: the defaults
/// apply and the journey's rollup status says what is wrong, where an administrator sees it.
/// </summary>
internal static class JourneySettings
{
    public static JourneyOptions From(EnvironmentSettings environment, out string? status)
    {
        var json = environment.Get(EnvironmentVariables.JourneySettings);
        try
        {
            status = null;
            return JourneyOptions.FromJson(json);
        }
        catch (JsonConfigurationException invalid)
        {
            status = $"{EnvironmentVariables.JourneySettings} is invalid ({invalid.Message}); the default journey settings were used.";
            return JourneyOptions.Default;
        }
    }
}

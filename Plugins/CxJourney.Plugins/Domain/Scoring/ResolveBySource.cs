namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>Where the resolve-by time a case was measured against came from.</summary>
public enum ResolveBySource
{
    /// <summary>The case's own SLA field (resolveby / the SLA KPI instance).</summary>
    Sla,

    /// <summary>No SLA time was set: created-on plus the configured target in business hours.</summary>
    ConfiguredTarget,
}

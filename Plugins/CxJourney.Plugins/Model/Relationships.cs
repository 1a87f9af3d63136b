namespace CxJourney.Plugins.Model;

/// <summary>The solution's relationships that plug-ins name (Solution/Other/Relationships/).</summary>
public static class Relationships
{
    /// <summary>A journey's touchpoints (cx_touchpoint.cx_journeyid): the rollup links them in its journey's Update.</summary>
    public const string JourneyTouchpoints = "cx_journey_cx_touchpoint";
}

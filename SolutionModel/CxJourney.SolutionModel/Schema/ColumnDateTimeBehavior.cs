namespace CxJourney.SolutionModel.Schema;

/// <summary>
/// How a date/time column stores its value; the numbers are the ones Entity.xml writes in
/// &lt;Behavior&gt; (1 user local, 2 date only, 3 time-zone independent).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute
public enum ColumnDateTimeBehavior
{
    UserLocal = 1,
    DateOnly = 2,
    TimeZoneIndependent = 3,
}

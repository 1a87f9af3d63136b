namespace CxJourney.SolutionModel.Schema;

/// <summary>What an action on the referenced row does to referencing rows, as Entity relationships write it.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/configure-entity-relationship-cascading-behavior
public enum CascadeRule
{
    NoCascade,
    Cascade,
    Active,
    UserOwned,
    RemoveLink,
    Restrict,
}

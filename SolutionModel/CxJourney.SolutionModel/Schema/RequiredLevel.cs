namespace CxJourney.SolutionModel.Schema;

/// <summary>A column's requirement level; values equal the SDK's AttributeRequiredLevel.</summary>
// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.attributerequiredlevel
public enum RequiredLevel
{
    None = 0,
    SystemRequired = 1,
    ApplicationRequired = 2,
    Recommended = 3,
}

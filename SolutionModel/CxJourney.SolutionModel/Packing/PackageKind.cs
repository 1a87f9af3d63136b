namespace CxJourney.SolutionModel.Packing;

/// <summary>Which of the two zips the platform exports: unmanaged (editable) or managed (sealed).</summary>
public enum PackageKind
{
    Unmanaged,
    Managed,
}

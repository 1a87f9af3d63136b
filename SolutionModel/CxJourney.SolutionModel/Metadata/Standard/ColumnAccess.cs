namespace CxJourney.SolutionModel.Metadata.Standard;

/// <summary>Which requests may set a column (IsValidForCreate / IsValidForUpdate).</summary>
internal enum ColumnAccess
{
    CreateAndUpdate,
    CreateOnly,
    ReadOnly,
}

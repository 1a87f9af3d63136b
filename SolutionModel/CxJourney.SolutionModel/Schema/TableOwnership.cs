namespace CxJourney.SolutionModel.Schema;

/// <summary>
/// Who owns a table's rows. UserOwned tables carry ownerid/owningbusinessunit/owninguser/owningteam;
/// OrganizationOwned ones carry organizationid; BusinessOwned is the platform's own kind for
/// systemuser, team and businessunit.
/// </summary>
// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.ownershiptypes
public enum TableOwnership
{
    None = 0,
    UserOwned = 1,
    OrganizationOwned = 2,
    BusinessOwned = 3,
}

using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>
/// The organization service faults the jobs expect and handle: a lost race, not a failure.
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
/// </summary>
internal static class PlatformErrors
{
    /// <summary>ConcurrencyVersionMismatch: the row changed since it was read (optimistic concurrency).</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    /// <summary>DuplicateRecord: a row with the same key was created first.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>DuplicateRecordEntityKey: a row with the same alternate key was created first.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    public static bool IsVersionMismatch(FaultException<OrganizationServiceFault> fault) =>
        fault.Detail?.ErrorCode == ConcurrencyVersionMismatch;

    public static bool IsDuplicate(FaultException<OrganizationServiceFault> fault) =>
        fault.Detail?.ErrorCode == DuplicateRecord || fault.Detail?.ErrorCode == DuplicateRecordEntityKey;
}

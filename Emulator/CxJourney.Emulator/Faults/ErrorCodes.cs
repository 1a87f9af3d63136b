namespace CxJourney.Emulator.Faults;

/// <summary>
/// Dataverse error codes the local organization raises, with the platform's own names.
/// Source: https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
/// Add a code here (with its documented name) before raising it anywhere.
/// </summary>
public static partial class ErrorCodes
{
    /// <summary>PrivilegeDenied: "The user does not hold the necessary privileges."</summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    /// <summary>PrincipalPrivilegeDenied: "Target user or team does not hold required privileges."</summary>
    public const int PrincipalPrivilegeDenied = unchecked((int)0x80040231);

    public const int ObjectDoesNotExist = unchecked((int)0x80040217);
    public const int DuplicateRecord = unchecked((int)0x80040237);
    public const int InvalidArgument = unchecked((int)0x80040203);
    public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);
    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);
    public const int UnrecognizedRequest = unchecked((int)0x8004001E);

    /// <summary>"The '{message}' method does not support entities of type '{table}'": the table has no such message.</summary>
    public const int SdkEntityDoesNotSupportGenericMethod = unchecked((int)0x80040800);

    /// <summary>"The version of the existing record doesn't match the RowVersion property provided."</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    /// <summary>"The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches."</summary>
    public const int ConcurrencyVersionNotProvided = unchecked((int)0x80060883);

    /// <summary>"Optimistic concurrency isn't enabled for entity type {0}. ..."</summary>
    public const int OptimisticConcurrencyNotEnabled = unchecked((int)0x8006088D);

    /// <summary>"A record with the specified key values does not exist in {0} entity"</summary>
    public const int RecordNotFoundByEntityKey = unchecked((int)0x80060891);

    /// <summary>"Entity Key {0} violated. A record with the same value for {1} already exists. ..."</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    /// <summary>"This case has already been resolved. Close and reopen the case record to see the updates."</summary>
    public const int CaseAlreadyResolved = unchecked((int)0x800404CF);

    /// <summary>"State code is invalid or state code is valid but status code is invalid for a specified state code."</summary>
    public const int InvalidStateCodeStatusCode = unchecked((int)0x80048408);

    /// <summary>"The picklist value is out of the range."</summary>
    public const int PicklistValueOutOfRange = unchecked((int)0x8004431A);

    /// <summary>"A validation error occurred. A string value provided is too long."</summary>
    public const int StringLengthTooLong = unchecked((int)0x80044331);

    /// <summary>"Invalid Operation performed."</summary>
    public const int InvalidOperation = unchecked((int)0x8004023B);

    /// <summary>"An unexpected error occurred."</summary>
    public const int UnExpected = unchecked((int)0x80040216);

    /// <summary>"The date-time format is invalid, or value is outside the supported range."</summary>
    public const int InvalidDateTime = unchecked((int)0x80040239);

    /// <summary>"This message can not be used to set the state of opportunity to {0}. ..."</summary>
    public const int CannotUseOpportunitySetStateMessage = unchecked((int)0x80100005);

    /// <summary>"Object is not allowed to be deleted"</summary>
    public const int CascadeDeleteNotAllowDelete = unchecked((int)0x80048103);

    /// <summary>"This action is not supported."</summary>
    public const int NotSupported = unchecked((int)0x80040315);

    /// <summary>
    /// An aggregate query read more than 50,000 records (or the query's aggregatelimit). Documented as
    /// "AggregateQueryRecordLimit exceeded. Cannot perform this operation."
    /// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations
    /// </summary>
    public const int AggregateQueryRecordLimitExceeded = unchecked((int)0x8004E023);

    /// <summary>
    /// More than 15 link-entities in one query: "Number of link entities in query exceeded maximum limit."
    /// The page gives the code and message but no name.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/join-tables#limitations
    /// </summary>
    public const int TooManyLinkEntitiesInQuery = unchecked((int)0x8004430D);

    /// <summary>
    /// A plug-in chain went deeper than the platform's MaxDepth (8): "This workflow job was canceled
    /// because the workflow that started it included an infinite loop. Correct the workflow logic and try again. ..."
    /// </summary>
    public const int SdkCorrelationTokenDepthTooHigh = unchecked((int)0x80044182);

    /// <summary>A plug-in threw InvalidPluginExecutionException: "ISV code aborted the operation."</summary>
    public const int IsvAborted = unchecked((int)0x80040265);

    /// <summary>A plug-in threw any other exception: "An unexpected error occurred from ISV code."</summary>
    public const int IsvUnExpected = unchecked((int)0x80040224);

    /// <summary>"ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing."</summary>
    public const int IsvTransactionCount = unchecked((int)0x8009000C);

    /// <summary>
    /// A request used an alternate key whose index is not Active yet. Microsoft documents that such requests fail
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity) but not the code;
    /// the local organization reports it as an invalid operation.
    /// </summary>
    public const int EntityKeyNotActive = InvalidOperation;

    /// <summary>
    /// -2147220911: "There is no active transaction. This error is usually caused by custom plug-ins that ignore
    /// errors from service calls and continue processing." A data operation failed inside a synchronous step's
    /// transaction and the plug-in carried on.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in#error-there-is-no-active-transaction
    /// </summary>
    public const int NoActiveTransaction = unchecked((int)0x80040251);

    /// <summary>
    /// A batch request (ExecuteMultiple, ExecuteTransaction, CreateMultiple, UpdateMultiple, UpsertMultiple) from a
    /// synchronous step: Microsoft's rule il-avoid-batch-plugin. The platform gives it no code of its own.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/avoid-batch-requests-plugin
    /// </summary>
    public const int BatchRequestInSynchronousPlugin = NotSupported;
}

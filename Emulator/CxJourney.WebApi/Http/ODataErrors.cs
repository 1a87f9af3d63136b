using System;
using System.Globalization;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.WebApi.OData;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Http;

/// <summary>
/// How a failure leaves the Web API: an OData error body {"error":{"code":"0x...","message":"..."}}
/// with Dataverse's HTTP status. A missing record is 404; a row version or duplicate-key
/// precondition that fails is 412; a privilege failure 403; an unexpected platform error 500.
/// Every other organization fault (validation, plug-in errors, bad arguments) is 400, as the
/// documentation's plug-in example shows, as are the Web API's own parsing errors.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#identify-status-codes
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#parse-errors-from-the-response
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api
internal static class ODataErrors
{
    /// <summary>PrivilegeDenied: "The user does not hold the necessary privileges." (a missing privilege or record access).</summary>
    private const int PrivilegeDenied = unchecked((int)0x80040220);

    public static (int Status, string Code, string Message) Describe(Exception exception) => exception switch
    {
        ODataException odata => (odata.StatusCode, odata.Code, odata.Message),
        FaultException<OrganizationServiceFault> fault => (StatusOf(fault.Detail.ErrorCode), CodeOf(fault.Detail.ErrorCode), fault.Detail.Message ?? fault.Message),
        System.Text.Json.JsonException json => (400, ODataException.ParserErrorCode, "The request body is not valid JSON: " + json.Message),
        // Kestrel's refusals of the request itself: a body over the size limit is 413.
        Microsoft.AspNetCore.Http.BadHttpRequestException bad => (bad.StatusCode, ODataException.ParserErrorCode, bad.Message),
        _ => (500, CodeOf(ErrorCodes.UnExpected), exception.Message),
    };

    public static int StatusOf(int errorCode) => errorCode switch
    {
        ErrorCodes.ObjectDoesNotExist or ErrorCodes.RecordNotFoundByEntityKey => 404,
        ErrorCodes.ConcurrencyVersionMismatch or ErrorCodes.DuplicateRecord or ErrorCodes.DuplicateRecordEntityKey => 412,
        PrivilegeDenied => 403,
        ErrorCodes.UnExpected => 500,
        _ => 400,
    };

    /// <summary>The code as Dataverse writes it: 0x and eight lower-case hex digits.</summary>
    public static string CodeOf(int errorCode) => "0x" + errorCode.ToString("x8", CultureInfo.InvariantCulture);
}

using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Faults;

/// <summary>
/// The one way the local organization fails a request: the same exception type the official
/// SDK's service raises, FaultException&lt;OrganizationServiceFault&gt;, carrying the platform's
/// error code and a message shaped like the platform's.
/// </summary>
public static class Fault
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, Exception? inner = null)
    {
        var detail = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = DateTime.UtcNow,
        };
        if (inner is not null) detail.TraceText = inner.ToString();
        return new FaultException<OrganizationServiceFault>(detail, message);
    }
}

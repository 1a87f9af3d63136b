namespace System.ServiceModel;

/// <summary>A SOAP fault, as the WCF client surfaces it.</summary>
public class FaultException : CommunicationException
{
    public FaultException() : this("The creator of this fault did not specify a Reason.") { }

    public FaultException(string reason) : base(reason)
    {
        Reason = new FaultReason(reason);
    }

    public FaultException(FaultReason reason) : base(reason?.ToString())
    {
        Reason = reason ?? new FaultReason(string.Empty);
    }

    public FaultReason Reason { get; }
}

/// <summary>A fault carrying a typed detail, e.g. FaultException&lt;OrganizationServiceFault&gt;.</summary>
public class FaultException<TDetail> : FaultException
{
    public FaultException(TDetail detail) : base()
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, string reason) : base(reason)
    {
        Detail = detail;
    }

    public FaultException(TDetail detail, FaultReason reason) : base(reason)
    {
        Detail = detail;
    }

    public TDetail Detail { get; }

    public override string ToString() => $"{GetType()}: {Message} (Detail: {Detail})";
}

/// <summary>The human-readable reason of a fault.</summary>
public class FaultReason
{
    private readonly string _text;

    public FaultReason(string text)
    {
        _text = text ?? string.Empty;
    }

    public override string ToString() => _text;
}

/// <summary>Base of the communication errors a WCF client raises.</summary>
public class CommunicationException : Exception
{
    public CommunicationException() { }

    public CommunicationException(string? message) : base(message) { }

    public CommunicationException(string? message, Exception? innerException) : base(message, innerException) { }
}

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.Serialization;
using System.Security;
using System.Text;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// Thrown by a plug-in to cancel the operation; Dataverse shows the message to the user.
    /// </summary>
    // https://learn.microsoft.com/en-us/power-apps/developer/data-platform/handle-exceptions
    [Serializable]
    public sealed class InvalidPluginExecutionException : Exception, ISerializable
    {
        private static readonly IReadOnlyDictionary<string, string> NoDetails =
            new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

        public InvalidPluginExecutionException()
        {
            ExceptionDetails = NoDetails;
        }

        public InvalidPluginExecutionException(OperationStatus status)
            : this()
        {
            Status = status;
        }

        public InvalidPluginExecutionException(string message)
            : base(message)
        {
            ExceptionDetails = NoDetails;
        }

        public InvalidPluginExecutionException(OperationStatus status, string message)
            : this(message)
        {
            Status = status;
        }

        public InvalidPluginExecutionException(string message, Exception exception)
            : base(message, exception)
        {
            ExceptionDetails = NoDetails;
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
            : this(status, message)
        {
            ErrorCode = errorCode;
        }

        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
            : this(message)
        {
            HttpStatus = httpStatus;
        }

        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus, Dictionary<string, string> exceptionDetails)
            : this(message, httpStatus)
        {
            ExceptionDetails = Snapshot(exceptionDetails);
        }

        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
            : this(status, errorCode, message)
        {
            HttpStatus = httpStatus;
        }

        public InvalidPluginExecutionException(string message, Dictionary<string, string> exceptionDetails)
            : this(message)
        {
            ExceptionDetails = Snapshot(exceptionDetails);
        }

        public InvalidPluginExecutionException(OperationStatus status, string message, Dictionary<string, string> exceptionDetails)
            : this(status, message)
        {
            ExceptionDetails = Snapshot(exceptionDetails);
        }

#pragma warning disable SYSLIB0051 // Binary serialization support is part of the official surface.
        private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
            : base(info, context)
        {
            Status = (OperationStatus)info.GetInt32(nameof(Status));
            ErrorCode = info.GetInt32(nameof(ErrorCode));
            HttpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
            ExceptionDetails = NoDetails;
        }
#pragma warning restore SYSLIB0051

        public OperationStatus Status { get; }

        public int ErrorCode { get; }

        public PluginHttpStatusCode HttpStatus { get; }

        /// <summary>Extra name/value details for the error; empty, never null.</summary>
        public IReadOnlyDictionary<string, string> ExceptionDetails { get; }

#pragma warning disable CS0672, SYSLIB0051 // Overrides the (on .NET 10 obsolete) serialization hook to keep the official surface.
        [SecurityCritical]
        public override void GetObjectData(SerializationInfo info, StreamingContext context)
        {
            if (info == null)
            {
                throw new ArgumentNullException(nameof(info));
            }

            base.GetObjectData(info, context);
            info.AddValue(nameof(Status), (int)Status);
            info.AddValue(nameof(ErrorCode), ErrorCode);
            info.AddValue(nameof(HttpStatus), (int)HttpStatus);
        }
#pragma warning restore CS0672, SYSLIB0051

        public override string ToString()
        {
            var text = new StringBuilder(base.ToString());
            text.Append(Environment.NewLine).Append("Status: ").Append(Status);
            text.Append(", ErrorCode: ").Append(ErrorCode);
            if (HttpStatus != PluginHttpStatusCode.NotSet)
            {
                text.Append(", HttpStatus: ").Append((int)HttpStatus);
            }

            return text.ToString();
        }

        private static IReadOnlyDictionary<string, string> Snapshot(Dictionary<string, string>? details)
        {
            return details == null
                ? NoDetails
                : new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(details));
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class InvalidPluginExecutionExceptionTests
{
    // https://learn.microsoft.com/en-us/power-apps/developer/data-platform/handle-exceptions
    [Fact]
    public void Message_constructor_carries_the_message_with_a_failed_status()
    {
        var error = new InvalidPluginExecutionException("A case needs a customer.");

        Assert.Equal("A case needs a customer.", error.Message);
        Assert.Equal(OperationStatus.Failed, error.Status);
        Assert.Equal(PluginHttpStatusCode.NotSet, error.HttpStatus);
        Assert.Empty(error.ExceptionDetails);
    }

    [Fact]
    public void Status_error_code_and_http_status_are_carried()
    {
        var error = new InvalidPluginExecutionException(OperationStatus.Canceled, 1234, "Stop.", PluginHttpStatusCode.Conflict);

        Assert.Equal(OperationStatus.Canceled, error.Status);
        Assert.Equal(1234, error.ErrorCode);
        Assert.Equal("Stop.", error.Message);
        Assert.Equal(PluginHttpStatusCode.Conflict, error.HttpStatus);
        Assert.Equal(409, (int)error.HttpStatus);
    }

    [Fact]
    public void Inner_exception_is_kept()
    {
        var inner = new TimeoutException("slow");
        var error = new InvalidPluginExecutionException("Scoring failed.", inner);

        Assert.Same(inner, error.InnerException);
    }

    [Fact]
    public void Exception_details_are_a_snapshot_of_the_given_dictionary()
    {
        var details = new Dictionary<string, string> { ["field"] = "customerid" };
        var error = new InvalidPluginExecutionException("Missing customer.", PluginHttpStatusCode.BadRequest, details);
        details["field"] = "changed";

        Assert.Equal("customerid", error.ExceptionDetails["field"]);
        Assert.Equal(PluginHttpStatusCode.BadRequest, error.HttpStatus);
    }

    [Fact]
    public void Status_only_constructor_sets_the_status()
    {
        Assert.Equal(OperationStatus.Retry, new InvalidPluginExecutionException(OperationStatus.Retry).Status);
        Assert.Equal(OperationStatus.Suspended, new InvalidPluginExecutionException(OperationStatus.Suspended, "later").Status);
    }

    // Enum values are compiled into plug-in IL as constants, so they must be Microsoft's.
    [Fact]
    public void Enum_values_equal_the_official_ones()
    {
        Assert.Equal(4, (int)OperationStatus.Succeeded);
        Assert.Equal(429, (int)PluginHttpStatusCode.TooManyRequests);
        Assert.Equal(1, (int)EntityRole.Referenced);
        Assert.Equal(2, (int)ConcurrencyBehavior.AlwaysOverwrite);
        Assert.Equal(2, (int)EntityState.Changed);
    }
}

using System;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>Reads a request's named parameters, failing as the platform does when a required one is missing.</summary>
internal static class RequestParameters
{
    public static T Required<T>(OrganizationRequest request, string name) where T : class
    {
        if (request.Parameters.TryGetValue(name, out object? value) && value is T typed) return typed;
        if (value is not null)
        {
            throw Fault.Create(
                ErrorCodes.InvalidArgument,
                $"The parameter '{name}' of message '{request.RequestName}' must be of type {typeof(T).FullName}, not {value.GetType().FullName}.");
        }
        throw Fault.Create(ErrorCodes.InvalidArgument, $"Required field '{name}' is missing for message '{request.RequestName}'.");
    }

    public static T? Optional<T>(OrganizationRequest request, string name) where T : class =>
        request.Parameters.TryGetValue(name, out object? value) ? value as T : null;

    public static ConcurrencyBehavior Concurrency(OrganizationRequest request) =>
        request.Parameters.TryGetValue("ConcurrencyBehavior", out object? value) && value is ConcurrencyBehavior behavior
            ? behavior
            : ConcurrencyBehavior.Default;

    /// <summary>The typed response for a message, so that callers can cast Execute's result as with the real service.</summary>
    public static TResponse Response<TResponse>(string name) where TResponse : OrganizationResponse, new() =>
        new() { ResponseName = name };

    public static OrganizationResponse Response(string name) => new() { ResponseName = name };

    public static Guid NonEmpty(Guid id, string message) =>
        id != Guid.Empty ? id : throw Fault.Create(ErrorCodes.InvalidArgument, $"Entity Id must be specified for {message}");
}

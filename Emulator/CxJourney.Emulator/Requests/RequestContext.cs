using System;
using System.Collections.Generic;
using CxJourney.Emulator.Store;

namespace CxJourney.Emulator.Requests;

/// <summary>
/// Who runs a request and inside what: the caller (UserId, the user the operation runs as, which
/// may be an impersonated user) and the initiating user (who started the outermost request), the
/// depth, the correlation id shared by every request a top-level request causes, the open store
/// transaction, and the request options. Immutable; an inner request gets a derived context.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context
public sealed class RequestContext
{
    private RequestContext(
        Guid userId,
        Guid initiatingUserId,
        int depth,
        Guid correlationId,
        StoreTransaction? transaction,
        RequestOptions options,
        RequestContext? parent,
        string? parentMessageName,
        IDictionary<string, object?> sharedVariables)
    {
        UserId = userId;
        InitiatingUserId = initiatingUserId;
        Depth = depth;
        CorrelationId = correlationId;
        Transaction = transaction;
        Options = options;
        Parent = parent;
        ParentMessageName = parentMessageName;
        SharedVariables = sharedVariables;
    }

    /// <summary>The user the operation runs as (IExecutionContext.UserId).</summary>
    public Guid UserId { get; }

    /// <summary>The user who started the outermost request (IExecutionContext.InitiatingUserId).</summary>
    public Guid InitiatingUserId { get; }

    /// <summary>1 for a request from outside; the pipeline adds one for each plug-in service call.</summary>
    public int Depth { get; }

    public Guid CorrelationId { get; }

    /// <summary>The open database transaction, or null when the request runs outside one (it then opens its own).</summary>
    public StoreTransaction? Transaction { get; }

    public bool IsInTransaction => Transaction is not null && Transaction.IsActive;

    public RequestOptions Options { get; }

    /// <summary>The context of the request that started this one (null for a request from outside).</summary>
    public RequestContext? Parent { get; }

    /// <summary>The message of the request that started this one (e.g. "CloseIncident" for its inner Create).</summary>
    public string? ParentMessageName { get; }

    /// <summary>Values shared along one top-level request (the "tag" option lands here, as in Dataverse).</summary>
    public IDictionary<string, object?> SharedVariables { get; }

    /// <summary>The context of a request arriving from outside the organization.</summary>
    public static RequestContext ForCaller(Guid userId, RequestOptions? options = null, Guid? correlationId = null) =>
        ForCaller(userId, userId, options, correlationId);

    /// <summary>
    /// The context of a request from outside made by <paramref name="initiatingUserId"/> on behalf of
    /// <paramref name="userId"/> (impersonation, as with the service client's CallerId).
    /// </summary>
    public static RequestContext ForCaller(Guid userId, Guid initiatingUserId, RequestOptions? options = null, Guid? correlationId = null)
    {
        RequestOptions opts = options ?? RequestOptions.None;
        var shared = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (opts.Tag is not null) shared["tag"] = opts.Tag;
        return new RequestContext(userId, initiatingUserId, 1, correlationId ?? Guid.NewGuid(), null, opts, null, null, shared);
    }

    /// <summary>The same context inside the given transaction.</summary>
    public RequestContext WithTransaction(StoreTransaction? transaction) =>
        new(UserId, InitiatingUserId, Depth, CorrelationId, transaction, Options, Parent, ParentMessageName, SharedVariables);

    /// <summary>The same context with the options of the request being run added.</summary>
    public RequestContext WithOptions(RequestOptions requestOptions)
    {
        if (ReferenceEquals(requestOptions, RequestOptions.None) || requestOptions == RequestOptions.None) return this;
        RequestOptions combined = Options.CombineWith(requestOptions);
        if (combined.Tag is not null) SharedVariables["tag"] = combined.Tag;
        return new RequestContext(UserId, InitiatingUserId, Depth, CorrelationId, Transaction, combined, Parent, ParentMessageName, SharedVariables);
    }

    /// <summary>
    /// The context of a request the platform itself starts while running <paramref name="parentMessageName"/>
    /// (CloseIncident's Create, CreateMultiple's Creates, ExecuteMultiple's items): same caller,
    /// same depth, same transaction.
    /// </summary>
    public RequestContext ForInnerRequest(string parentMessageName) =>
        new(UserId, InitiatingUserId, Depth, CorrelationId, Transaction, Options, this, parentMessageName, SharedVariables);

    /// <summary>
    /// The context of a request a plug-in makes through its organization service: one level
    /// deeper, as <paramref name="userId"/>, in the same transaction. For the pipeline.
    /// </summary>
    public RequestContext ForPluginCall(Guid userId, string parentMessageName) =>
        new(userId, InitiatingUserId, Depth + 1, CorrelationId, Transaction, Options, this, parentMessageName, SharedVariables);
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// The one door every request enters by. It takes the organization's lock, finds the handler
/// for the message, opens a store transaction when the request is not already inside one (or
/// marks a savepoint when it is), runs the request through the pipeline (when one is set) or the
/// handler, and commits, or rolls back what the request wrote when it fails. Whatever goes
/// wrong leaves as FaultException&lt;OrganizationServiceFault&gt;, never as a raw .NET exception.
/// </summary>
public sealed class RequestProcessor
{
    private readonly OrganizationStore _store;
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.Ordinal);

    public RequestProcessor(OrganizationStore store)
    {
        _store = store;
    }

    /// <summary>The plug-in pipeline; null runs handlers directly.</summary>
    public IRequestPipeline? Pipeline { get; set; }

    public IEnumerable<string> SupportedMessages => _handlers.Keys.OrderBy(name => name, StringComparer.Ordinal);

    public void Register(IMessageHandler handler) => _handlers[handler.MessageName] = handler;

    public IMessageHandler? FindHandler(string messageName) =>
        messageName is not null && _handlers.TryGetValue(messageName, out IMessageHandler? handler) ? handler : null;

    public OrganizationResponse Execute(OrganizationRequest request, RequestContext context)
    {
        if (request is null) throw Fault.Create(ErrorCodes.InvalidArgument, "The request is null.");
        if (context is null) throw new ArgumentNullException(nameof(context));

        lock (_store.Gate)
        {
            IMessageHandler handler = FindHandler(request.RequestName) ?? throw Unsupported(request.RequestName);
            RequestContext runContext = context.WithOptions(RequestOptions.From(request));

            StoreTransaction? transaction = runContext.IsInTransaction ? runContext.Transaction : null;
            bool ownsTransaction = transaction is null && handler.RunsInTransaction;
            if (ownsTransaction)
            {
                transaction = _store.BeginTransaction();
                runContext = runContext.WithTransaction(transaction);
            }
            else if (transaction is null)
            {
                runContext = runContext.WithTransaction(null);
            }
            int savepoint = transaction?.Savepoint() ?? 0;

            try
            {
                OrganizationResponse response = Pipeline is null
                    ? handler.Handle(request, runContext)
                    : Pipeline.Execute(request, runContext, handler, (r, c) => handler.Handle(r, c));
                response.ResponseName ??= request.RequestName;
                if (ownsTransaction) transaction!.Commit();
                return response;
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                Undo(transaction, ownsTransaction, savepoint);
                throw;
            }
            catch (Exception unexpected)
            {
                Undo(transaction, ownsTransaction, savepoint);
                throw Fault.Create(ErrorCodes.UnExpected, unexpected.Message, unexpected);
            }
        }
    }

    private static void Undo(StoreTransaction? transaction, bool ownsTransaction, int savepoint)
    {
        if (transaction is null || !transaction.IsActive) return;
        if (ownsTransaction) transaction.Rollback();
        else transaction.RollbackTo(savepoint);
    }

    private FaultException<OrganizationServiceFault> Unsupported(string? messageName) =>
        Fault.Create(
            ErrorCodes.UnrecognizedRequest,
            $"The message '{messageName}' is not supported by the local organization. Supported messages: {string.Join(", ", SupportedMessages)}.");
}

using System;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// The asyncoperation (System Job) rows of asynchronous steps: queued as Ready / Waiting For
/// Resources, finished as Completed with Succeeded (30) or Failed (31) and the failure's message
/// and error code, or deleted on success when the step asks for AsyncAutoDelete.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation#BKMK_StateCode
// https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions#how-asynchronous-plug-ins-exceptions-are-handled
internal sealed class SystemJobs
{
    public const string Table = "asyncoperation";
    public const int StateReady = 0;
    public const int StateLocked = 2;
    public const int StateCompleted = 3;
    public const int StatusWaitingForResources = 0;
    public const int StatusInProgress = 20;
    public const int StatusSucceeded = 30;
    public const int StatusFailed = 31;

    /// <summary>operationtype "System Event": what a plug-in step's job is.</summary>
    private const int SystemEvent = 1;

    private readonly OrganizationCore _core;

    public SystemJobs(OrganizationCore core) { _core = core; }

    private bool Enabled => _core.Catalog.ContainsTable(Table);

    private DateTime Now => ColumnValues.NormalizeDate(_core.Clock.UtcNow);

    public Guid Create(AsyncJob job)
    {
        Guid id = _core.Ids.NewId();
        if (!Enabled) return id;
        lock (_core.Store.Gate)
        {
            Guid owner = !_core.Store.Contains("systemuser", job.Snapshot.UserId) ? _core.AdminUserId : job.Snapshot.UserId;
            var row = new Entity(Table, id)
            {
                ["name"] = job.Step.Name,
                ["operationtype"] = new OptionSetValue(SystemEvent),
                ["messagename"] = job.MessageName,
                ["primaryentitytype"] = job.PrimaryEntityName,
                ["correlationid"] = job.CorrelationId,
                ["depth"] = job.Depth,
                ["retrycount"] = 0,
                ["statecode"] = new OptionSetValue(StateReady),
                ["statuscode"] = new OptionSetValue(StatusWaitingForResources),
                ["ownerid"] = new EntityReference("systemuser", owner),
            };
            if (job.Snapshot.RequestId is Guid requestId) row["requestid"] = requestId;
            // The step's registration row exists once the solution was imported (not for a folder-built organization).
            if (_core.TryTable("sdkmessageprocessingstep", out _) && _core.Store.Contains("sdkmessageprocessingstep", job.Step.Definition.Id))
            {
                row["owningextensionid"] = new EntityReference("sdkmessageprocessingstep", job.Step.Definition.Id);
            }
            if (job.PrimaryEntityId != Guid.Empty && _core.TryTable(job.PrimaryEntityName, out _) && _core.Store.Contains(job.PrimaryEntityName, job.PrimaryEntityId))
            {
                row["regardingobjectid"] = new EntityReference(job.PrimaryEntityName, job.PrimaryEntityId);
            }
            StoreTransaction transaction = _core.Store.BeginTransaction();
            try
            {
                _core.Writer.Create(row, RequestContext.ForCaller(owner).WithTransaction(transaction), WriteMode.Seed);
                transaction.Commit();
            }
            catch
            {
                transaction.Rollback();
                throw;
            }
        }
        return id;
    }

    public void Started(AsyncJob job) => Change(job, row =>
    {
        row["statecode"] = new OptionSetValue(StateLocked);
        row["statuscode"] = new OptionSetValue(StatusInProgress);
        row["startedon"] = Now;
    });

    public void WaitingForRetry(AsyncJob job) => Change(job, row =>
    {
        row["statecode"] = new OptionSetValue(StateReady);
        row["statuscode"] = new OptionSetValue(StatusWaitingForResources);
        row["retrycount"] = job.Attempts;
    });

    public void Succeeded(AsyncJob job, TimeSpan took)
    {
        if (job.Step.Definition.AsyncAutoDelete)
        {
            Delete(job);
            return;
        }
        Change(job, row =>
        {
            row["statecode"] = new OptionSetValue(StateCompleted);
            row["statuscode"] = new OptionSetValue(StatusSucceeded);
            row["completedon"] = Now;
            row["retrycount"] = job.Attempts - 1;
            row["executiontimespan"] = Math.Round(took.TotalMilliseconds, 2);
            row.Attributes.Remove("message");
            row.Attributes.Remove("friendlymessage");
            row.Attributes.Remove("errorcode");
        });
    }

    public void Failed(AsyncJob job, string message, int errorCode, TimeSpan took) => Change(job, row =>
    {
        row["statecode"] = new OptionSetValue(StateCompleted);
        row["statuscode"] = new OptionSetValue(StatusFailed);
        row["completedon"] = Now;
        row["retrycount"] = job.Attempts - 1;
        row["message"] = message;
        row["friendlymessage"] = message;
        row["errorcode"] = errorCode;
        row["executiontimespan"] = Math.Round(took.TotalMilliseconds, 2);
    });

    private void Change(AsyncJob job, Action<Entity> change)
    {
        if (!Enabled) return;
        lock (_core.Store.Gate)
        {
            Entity? stored = _core.Store.Find(Table, job.SystemJobId);
            if (stored is null) return;
            Entity row = RowCopy.CloneColumns(stored);
            change(row);
            long version = _core.Store.NextRowVersion();
            row["versionnumber"] = version;
            row.RowVersion = OrganizationStore.FormatRowVersion(version);
            row["modifiedon"] = Now;
            StoreTransaction transaction = _core.Store.BeginTransaction();
            _core.Store.Replace(transaction, row);
            transaction.Commit();
        }
    }

    private void Delete(AsyncJob job)
    {
        if (!Enabled) return;
        lock (_core.Store.Gate)
        {
            if (!_core.Store.Contains(Table, job.SystemJobId)) return;
            StoreTransaction transaction = _core.Store.BeginTransaction();
            _core.Store.Remove(transaction, Table, job.SystemJobId);
            transaction.Commit();
        }
    }
}

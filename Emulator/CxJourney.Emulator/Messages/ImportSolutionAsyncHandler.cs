using System;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Messages;

/// <summary>
/// ImportSolutionAsync: imports CustomizationFile (a solution zip) in a system job and answers the
/// job's id (AsyncOperationId) and ImportJobKey. The caller follows the asyncoperation row: Completed
/// (statecode 3) with Succeeded (30), or Failed (31) and the reason in message. The local organization
/// runs the job before answering, so the first poll sees it finished.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/importsolutionasync
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/asyncoperation#BKMK_StateCode
internal sealed class ImportSolutionAsyncHandler : IMessageHandler
{
    private const string JobTable = "asyncoperation";
    /// <summary>operationtype "Execute Async Request": the job ExecuteAsync-style messages run in.</summary>
    private const int ExecuteAsyncRequest = 54;

    private readonly LocalOrganization _organization;

    public ImportSolutionAsyncHandler(LocalOrganization organization) { _organization = organization; }

    public string MessageName => "ImportSolutionAsync";

    /// <summary>The import changes the metadata and runs its own transactions.</summary>
    public bool RunsInTransaction => false;

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        if (!request.Parameters.TryGetValue("CustomizationFile", out object? file) || file is not byte[] zip || zip.Length == 0)
        {
            throw Faults.Fault.Create(Faults.ErrorCodes.InvalidArgument, "ImportSolutionAsync: the required parameter CustomizationFile (the solution zip) is missing or empty.");
        }
        OrganizationCore core = _organization.Core;
        Guid importJobId = request.Parameters.TryGetValue("ImportJobId", out object? given) && given is Guid job && job != Guid.Empty ? job : core.Ids.NewId();
        Guid jobId = core.Ids.NewId();
        Write(core, context, new Entity(JobTable, jobId)
        {
            ["name"] = MessageName,
            ["operationtype"] = new OptionSetValue(ExecuteAsyncRequest),
            ["messagename"] = MessageName,
            ["statecode"] = new OptionSetValue(2),
            ["statuscode"] = new OptionSetValue(20),
            ["startedon"] = ColumnValues.NormalizeDate(core.Clock.UtcNow),
            ["ownerid"] = new EntityReference("systemuser", context.UserId),
        }, create: true);

        Entity outcome = new(JobTable, jobId)
        {
            ["statecode"] = new OptionSetValue(3),
            ["completedon"] = ColumnValues.NormalizeDate(core.Clock.UtcNow),
        };
        try
        {
            var result = _organization.ImportSolution(zip);
            outcome["statuscode"] = new OptionSetValue(30);
            outcome["friendlymessage"] = result.Changed
                ? $"Imported {result.UniqueName} {result.Version}."
                : $"{result.UniqueName} {result.Version} is already installed; nothing changed.";
        }
        catch (Import.SolutionImportException error)
        {
            outcome["statuscode"] = new OptionSetValue(31);
            outcome["message"] = error.Message;
            outcome["friendlymessage"] = error.Message;
        }
        Write(core, context, outcome, create: false);

        OrganizationResponse response = RequestParameters.Response(MessageName);
        response.Results["AsyncOperationId"] = jobId;
        response.Results["ImportJobKey"] = importJobId.ToString();
        return response;
    }

    private static void Write(OrganizationCore core, RequestContext context, Entity row, bool create)
    {
        if (!core.Catalog.ContainsTable(JobTable)) return;
        lock (core.Store.Gate)
        {
            StoreTransaction transaction = core.Store.BeginTransaction();
            try
            {
                if (create)
                {
                    core.Writer.Create(row, context.WithTransaction(transaction), WriteMode.Seed);
                }
                else
                {
                    Import.SolutionImport.ReplaceColumns(core, row, transaction);
                }
                transaction.Commit();
            }
            catch
            {
                transaction.Rollback();
                throw;
            }
        }
    }
}

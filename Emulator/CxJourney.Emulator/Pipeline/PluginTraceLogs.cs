using System;
using CxJourney.Emulator.Records;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// The plugintracelog rows Dataverse writes when the organization's plugintracelogsetting asks for
/// them: 1 (Exception) for runs that throw, 2 (All) for every run; 0 (Off, the default) writes none.
/// A row holds the plug-in type, message, table, what the plug-in traced and the exception, and is
/// written in its own transaction: it stays when the failing operation rolls back.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/logging-tracing
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/plugintracelog
internal sealed class PluginTraceLogs
{
    public const string Table = "plugintracelog";
    private const int Off = 0;
    private const int All = 2;

    private readonly OrganizationCore _core;

    public PluginTraceLogs(OrganizationCore core) { _core = core; }

    public void Record(StepRun run, IPluginExecutionContext context, Exception? failure)
    {
        if (!_core.Catalog.ContainsTable(Table)) return;
        int setting = Setting();
        if (setting == Off || (failure is null && setting != All)) return;
        lock (_core.Store.Gate)
        {
            var row = new Entity(Table, _core.Ids.NewId())
            {
                ["typename"] = run.PluginType.FullName,
                ["messagename"] = context.MessageName,
                ["primaryentity"] = context.PrimaryEntityName,
                ["correlationid"] = context.CorrelationId,
                ["messageblock"] = Clip(string.Join(Environment.NewLine, run.Trace)),
            };
            if (failure is not null) row["exceptiondetails"] = Clip(run.Error ?? failure.Message);
            StoreTransaction transaction = _core.Store.BeginTransaction();
            try
            {
                _core.Writer.Create(row, RequestContext.ForCaller(_core.AdminUserId).WithTransaction(transaction), WriteMode.Seed);
                transaction.Commit();
            }
            catch
            {
                transaction.Rollback();
                throw;
            }
        }
    }

    private int Setting()
    {
        lock (_core.Store.Gate)
        {
            return _core.Store.ValueOf<OptionSetValue>("organization", _core.OrganizationId, "plugintracelogsetting")?.Value ?? Off;
        }
    }

    /// <summary>Both columns hold at most 10,240 characters.</summary>
    private static string Clip(string text) => text.Length <= 10240 ? text : text[..10240];
}

using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>ITracingService writing to the step run's trace, which the execution log keeps.</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/logging-tracing
internal sealed class PluginTracingService : ITracingService
{
    private readonly StepRun _run;

    public PluginTracingService(StepRun run) { _run = run; }

    public void Trace(string format, params object[] args)
    {
        string line = args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        _run.AddTrace(line);
    }
}

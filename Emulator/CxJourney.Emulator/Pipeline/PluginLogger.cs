using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// The Application Insights ILogger a plug-in may ask for. Each entry becomes a line of the step
/// run's trace, prefixed with its level, so tests read logs and traces in one place.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/application-insights-ilogger
internal sealed class PluginLogger : ILogger
{
    private readonly StepRun _run;

    public PluginLogger(StepRun run) { _run = run; }

    public IDisposable BeginScope<TState>(TState state) => NoScope.Instance;

    public IDisposable BeginScope(string messageFormat, params object[] args) => NoScope.Instance;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Write(logLevel, formatter(state, exception), exception);

    public void Log(LogLevel logLevel, EventId eventId, Exception? exception, string message, params object[] args) => Write(logLevel, Format(message, args), exception);

    public void Log(LogLevel logLevel, EventId eventId, string message, params object[] args) => Write(logLevel, Format(message, args), null);

    public void Log(LogLevel logLevel, Exception? exception, string message, params object[] args) => Write(logLevel, Format(message, args), exception);

    public void Log(LogLevel logLevel, string message, params object[] args) => Write(logLevel, Format(message, args), null);

    public void LogCritical(EventId eventId, Exception? exception, string message, params object[] args) => Write(LogLevel.Critical, Format(message, args), exception);

    public void LogCritical(EventId eventId, string message, params object[] args) => Write(LogLevel.Critical, Format(message, args), null);

    public void LogCritical(Exception? exception, string message, params object[] args) => Write(LogLevel.Critical, Format(message, args), exception);

    public void LogCritical(string message, params object[] args) => Write(LogLevel.Critical, Format(message, args), null);

    public void LogDebug(EventId eventId, Exception? exception, string message, params object[] args) => Write(LogLevel.Debug, Format(message, args), exception);

    public void LogDebug(EventId eventId, string message, params object[] args) => Write(LogLevel.Debug, Format(message, args), null);

    public void LogDebug(Exception? exception, string message, params object[] args) => Write(LogLevel.Debug, Format(message, args), exception);

    public void LogDebug(string message, params object[] args) => Write(LogLevel.Debug, Format(message, args), null);

    public void LogError(EventId eventId, Exception? exception, string message, params object[] args) => Write(LogLevel.Error, Format(message, args), exception);

    public void LogError(EventId eventId, string message, params object[] args) => Write(LogLevel.Error, Format(message, args), null);

    public void LogError(Exception? exception, string message, params object[] args) => Write(LogLevel.Error, Format(message, args), exception);

    public void LogError(string message, params object[] args) => Write(LogLevel.Error, Format(message, args), null);

    public void LogInformation(EventId eventId, Exception? exception, string message, params object[] args) => Write(LogLevel.Information, Format(message, args), exception);

    public void LogInformation(EventId eventId, string message, params object[] args) => Write(LogLevel.Information, Format(message, args), null);

    public void LogInformation(Exception? exception, string message, params object[] args) => Write(LogLevel.Information, Format(message, args), exception);

    public void LogInformation(string message, params object[] args) => Write(LogLevel.Information, Format(message, args), null);

    public void LogTrace(EventId eventId, Exception? exception, string message, params object[] args) => Write(LogLevel.Trace, Format(message, args), exception);

    public void LogTrace(EventId eventId, string message, params object[] args) => Write(LogLevel.Trace, Format(message, args), null);

    public void LogTrace(Exception? exception, string message, params object[] args) => Write(LogLevel.Trace, Format(message, args), exception);

    public void LogTrace(string message, params object[] args) => Write(LogLevel.Trace, Format(message, args), null);

    public void LogWarning(EventId eventId, Exception? exception, string message, params object[] args) => Write(LogLevel.Warning, Format(message, args), exception);

    public void LogWarning(EventId eventId, string message, params object[] args) => Write(LogLevel.Warning, Format(message, args), null);

    public void LogWarning(Exception? exception, string message, params object[] args) => Write(LogLevel.Warning, Format(message, args), exception);

    public void LogWarning(string message, params object[] args) => Write(LogLevel.Warning, Format(message, args), null);

    public void LogMetric(string metricName, long value) => _run.AddTrace($"[Metric] {metricName} = {value.ToString(CultureInfo.InvariantCulture)}");

    public void LogMetric(string metricName, IDictionary<string, string> metricDimensions, long value) => LogMetric(metricName, value);

    public void AddCustomProperty(string propertyName, string propertyValue) => _run.AddTrace($"[Property] {propertyName} = {propertyValue}");

    public void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>>? additionalCustomProperties = null) => action();

    public Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>>? additionalCustomProperties = null) => action();

    private void Write(LogLevel level, string message, Exception? exception) =>
        _run.AddTrace(exception is null ? $"[{level}] {message}" : $"[{level}] {message} {exception.GetType().Name}: {exception.Message}");

    private static string Format(string message, object[] args)
    {
        if (args is null || args.Length == 0) return message;
        // Structured-logging templates name their holes ({Name}); show them in order, as the logger does.
        var text = new System.Text.StringBuilder();
        int next = 0;
        for (int i = 0; i < message.Length; i++)
        {
            if (message[i] == '{' && i + 1 < message.Length && message[i + 1] != '{')
            {
                int close = message.IndexOf('}', i);
                if (close > i && next < args.Length)
                {
                    text.Append(Convert.ToString(args[next++], CultureInfo.InvariantCulture));
                    i = close;
                    continue;
                }
            }
            text.Append(message[i]);
        }
        return text.ToString();
    }

    private sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose() { }
    }
}

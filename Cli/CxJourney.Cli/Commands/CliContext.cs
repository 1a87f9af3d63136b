using System.IO;
using Spectre.Console;

namespace CxJourney.Cli.Commands;

/// <summary>
/// Where a command writes and where it runs. Plain result lines (check's problems) go straight to
/// <see cref="Out"/> so each stays one line; progress and summaries go through <see cref="Console"/>.
/// </summary>
public sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error, string WorkingDirectory);

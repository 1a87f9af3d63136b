using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CxJourney.Cli.Commands;
using Spectre.Console;

namespace CxJourney.Cli;

/// <summary>
/// `cxjourney`: one command per file under Commands/, registered here. Exit status 0 ok, 1 problems
/// found or the work failed, 2 the command line was wrong.
/// </summary>
public static class Program
{
    private const int WideOutput = 240;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var console = AnsiConsole.Console;
        // Redirected output (CI logs) has no width; 80 columns would break progress lines in two.
        if (Console.IsOutputRedirected) console.Profile.Width = WideOutput;
        return Run(args, Console.Out, Console.Error, console, Environment.CurrentDirectory);
    }

    /// <summary>Runs a command line; tests pass their own writers and working directory.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, IAnsiConsole? console = null, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (console is null)
        {
            console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            console.Profile.Width = WideOutput;
        }
        var cli = new CliContext(console, output, error, workingDirectory ?? Environment.CurrentDirectory);

        var root = new RootCommand("cxjourney: pack, check, demo, serve, deploy and doctor the CxJourney Dataverse solution")
        {
            PackCommand.Create(cli),
            CheckCommand.Create(cli),
            DemoCommand.Create(cli),
            ServeCommand.Create(cli),
            DeployCommand.Create(cli),
            DoctorCommand.Create(cli),
            CalibrateCommand.Create(cli),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var message in parse.Errors.Select(e => e.Message).Distinct()) error.WriteLine($"cxjourney: {message}");
            error.WriteLine("Run 'cxjourney --help' (or 'cxjourney COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

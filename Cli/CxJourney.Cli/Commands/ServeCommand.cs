using System;
using System.CommandLine;
using System.Runtime.InteropServices;
using System.Threading;
using CxJourney.Emulator;
using CxJourney.Plugins.Infrastructure;
using CxJourney.WebApi;

namespace CxJourney.Cli.Commands;

/// <summary>
/// `cxjourney serve --port P`: an empty local organization (no solution imported) with its Web API on
/// 127.0.0.1:P until Ctrl+C. `deploy --local` imports the packed solutions into it; the plug-in steps
/// they register then run on the product's plug-in classes, as in the demo.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5090;

    public static Command Create(CliContext cli)
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0: any free port)", DefaultValueFactory = _ => DefaultPort };
        var command = new Command("serve", "Serve an empty local organization over the Dataverse Web API (deploy into it with --local)") { port };
        command.SetAction(parse => Run(cli, parse.GetValue(port)));
        return command;
    }

    /// <summary>The organization `serve` starts: empty, the real clock, the product's plug-in assembly for the steps an import registers.</summary>
    public static LocalOrganization CreateOrganization() => LocalOrganization.Create(new LocalOrganizationOptions
    {
        Name = "cxlocal",
        Clock = new OrganizationClock(),
        PluginAssemblies = [typeof(PluginBase).Assembly],
    });

    private static int Run(CliContext cli, int port)
    {
        if (port is < 0 or > 65535)
        {
            cli.Error.WriteLine($"serve: --port {port} is not a TCP port (0 to 65535)");
            return ExitCodes.Usage;
        }
        LocalWebApiServer server;
        try
        {
            server = LocalWebApiServer.Start(CreateOrganization(), new WebApiOptions { Port = port });
        }
        catch (System.IO.IOException error)
        {
            cli.Error.WriteLine($"serve: cannot listen on 127.0.0.1:{port}: {error.Message}");
            return ExitCodes.Problems;
        }
        // The server's secret, where `--local` finds it for this port: readable by this user only.
        string tokenFile = CxJourney.Dataverse.Auth.LocalSignIn.TokenFile(server.BaseUri.Port);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(tokenFile)!);
        System.IO.File.WriteAllText(tokenFile, server.AccessToken);
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(tokenFile, System.IO.UnixFileMode.UserRead | System.IO.UnixFileMode.UserWrite);
        using (server)
        {
            cli.Out.WriteLine($"Serving an empty local organization at {server.BaseUri} (Web API {server.ApiUri}); Ctrl+C stops.");
            cli.Out.WriteLine($"Its token is in {tokenFile}, where --local reads it.");
            cli.Out.WriteLine($"Deploy into it: cxjourney deploy --url {server.BaseUri.ToString().TrimEnd('/')} --local");
            cli.Out.Flush();
            using var stop = new ManualResetEventSlim();
            // Ctrl+C, and the TERM a supervisor (or `kill`) sends, stop the server cleanly.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => { signal.Cancel = true; stop.Set(); });
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Set(); });
            stop.Wait();
        }
        System.IO.File.Delete(tokenFile);
        return ExitCodes.Ok;
    }
}

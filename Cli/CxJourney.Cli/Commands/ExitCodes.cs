namespace CxJourney.Cli.Commands;

/// <summary>What `cxjourney` returns: 0 all good, 1 problems found (or the work failed), 2 the command line was wrong.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Problems = 1;
    public const int Usage = 2;
}

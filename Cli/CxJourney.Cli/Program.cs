namespace CxJourney.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        System.Console.Error.WriteLine("cxjourney: no commands yet (demo, pack and check arrive with their issues).");
        return args.Length == 0 ? 0 : 2;
    }
}

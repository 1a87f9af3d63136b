namespace CxJourney.Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        System.Console.Error.WriteLine("No benchmarks yet.");
        return 0;
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// Plug-in steps in Solution/ that Dataverse would refuse to register, or that cannot be bound to
/// a plug-in class of the given assemblies. The message lists every problem, each with the step,
/// the file it comes from and what is wrong.
/// </summary>
public sealed class PluginRegistrationException : Exception
{
    public PluginRegistrationException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        var text = new StringBuilder($"{problems.Count} plug-in step {(problems.Count == 1 ? "registration is" : "registrations are")} invalid:");
        foreach (string problem in problems) text.Append(Environment.NewLine).Append("  ").Append(problem);
        return text.ToString();
    }
}

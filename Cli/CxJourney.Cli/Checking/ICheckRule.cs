using System.Collections.Generic;

namespace CxJourney.Cli.Checking;

/// <summary>One class of mistake `cxjourney check` looks for.</summary>
public interface ICheckRule
{
    /// <summary>A short name shown nowhere but in tests and debugging (e.g. "registration").</summary>
    string Name { get; }

    IEnumerable<CheckProblem> Check(CheckContext context);
}

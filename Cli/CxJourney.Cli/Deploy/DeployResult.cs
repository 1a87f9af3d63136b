using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Cli.Deploy;

/// <summary>One thing deploy did or found already done.</summary>
public sealed record DeployStep(string What, string Outcome, bool Changed);

/// <summary>Everything deploy did, in order; <see cref="Changed"/> is false when the organization was already as asked.</summary>
public sealed record DeployResult(IReadOnlyList<DeployStep> Steps)
{
    public bool Changed => Steps.Any(s => s.Changed);
}

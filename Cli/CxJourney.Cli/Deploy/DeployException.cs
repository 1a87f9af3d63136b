using System;

namespace CxJourney.Cli.Deploy;

/// <summary>Deploy stopped: the message says what failed, with the platform's own words where it has them.</summary>
public sealed class DeployException : Exception
{
    public DeployException(string message, Exception? inner = null) : base(message, inner) { }
}

using System;

namespace CxJourney.SolutionModel.Packing;

/// <summary>The solution cannot be packed as asked (missing binary, bad version, unreadable files).</summary>
public sealed class PackException : Exception
{
    public PackException(string message)
        : base(message)
    {
    }

    public PackException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

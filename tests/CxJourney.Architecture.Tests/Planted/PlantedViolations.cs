// Violations planted on purpose, for PlantedViolationTests: each rule must find these.
// They live in namespaces of their own, never under a product prefix, so the product rules never see them.
// Each namespace has its own using directives: a file-level one would count for every namespace here.
namespace CxJourney.Architecture.Tests.Planted.Domain.Sdk
{
    using Microsoft.Xrm.Sdk;

    /// <summary>Domain code holding an SDK type.</summary>
    public static class UsesTheSdk
    {
        public static Entity Row(string table) => new(table);
    }
}

namespace CxJourney.Architecture.Tests.Planted.Domain.ChoiceUse
{
    using CxJourney.Plugins.Model;

    /// <summary>Domain code reading a choice value: the constant is inlined, only the using directive is left.</summary>
    public static class UsesAChoice
    {
        public static int Email() => Choices.Channel.Email;
    }
}

namespace CxJourney.Architecture.Tests.Planted.Domain.Clean
{
    using System.Collections.Generic;

    /// <summary>Domain code that keeps to itself: no rule may flag it.</summary>
    public static class KeepsToItself
    {
        public static IReadOnlyList<int> Numbers() => new List<int> { 1, 2 };
    }
}

namespace CxJourney.Architecture.Tests.Planted.Cycle.First
{
    public sealed class A
    {
        public CxJourney.Architecture.Tests.Planted.Cycle.Second.B? Next { get; set; }
    }
}

namespace CxJourney.Architecture.Tests.Planted.Cycle.Second
{
    public sealed class B
    {
        public CxJourney.Architecture.Tests.Planted.Cycle.First.A? Back { get; set; }
    }
}

namespace CxJourney.Architecture.Tests.Planted.Nesting
{
    /// <summary>A parent namespace's type using its child's: allowed both ways.</summary>
    public sealed class Outer
    {
        public CxJourney.Architecture.Tests.Planted.Nesting.Inner.Part? Part { get; set; }
    }
}

namespace CxJourney.Architecture.Tests.Planted.Nesting.Inner
{
    public sealed class Part
    {
        public Outer? Owner { get; set; }
    }
}

namespace CxJourney.Architecture.Tests.Planted.Tool.Packing
{
    using CxJourney.Emulator;

    /// <summary>A pack step that builds a local organization: the tool rule must flag it.</summary>
    public static class PacksThroughTheOrganization
    {
        public static LocalOrganization Open() => LocalOrganization.Create(new LocalOrganizationOptions());
    }
}

namespace CxJourney.Architecture.Tests.Planted.Tool.Demo
{
    using CxJourney.Emulator;

    /// <summary>The demo may run the organization.</summary>
    public static class DemoRunsTheOrganization
    {
        public static LocalOrganization Open() => LocalOrganization.Create(new LocalOrganizationOptions());
    }
}

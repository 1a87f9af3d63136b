using System;
using System.Linq;
using System.Reflection;
using CxJourney.Architecture.Tests.Support;

namespace CxJourney.Architecture.Tests;

/// <summary>
/// The tests of the tests: each rule of ArchitectureTests, run over the violations in Planted/ (compiled
/// into this assembly), must report them, and must not report the clean planted code.
/// </summary>
public sealed class PlantedViolationTests
{
    private const string Planted = "CxJourney.Architecture.Tests.Planted";
    private static readonly Assembly ThisAssembly = typeof(PlantedViolationTests).Assembly;

    private static bool SdkOrModel(TypeReference r) =>
        r.ToAssembly.StartsWith("Microsoft.Xrm.Sdk", StringComparison.Ordinal)
        || LayerRules.Under(r.ToNamespace, "Microsoft.Xrm.Sdk")
        || LayerRules.Under(r.ToNamespace, "CxJourney.Plugins");

    [Fact]
    public void The_domain_rule_finds_an_sdk_type_in_the_domain()
    {
        var violations = LayerRules.Forbidden(TypeReferences.Of(ThisAssembly), Planted + ".Domain", SdkOrModel);
        Assert.Contains(violations, v => v.Contains("UsesTheSdk -> Microsoft.Xrm.Sdk.Entity", StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_rule_finds_a_choice_constant_through_its_using_directive()
    {
        // The IL alone cannot see it (the constant is inlined) ...
        Assert.Empty(LayerRules.Forbidden(TypeReferences.Of(ThisAssembly), Planted + ".Domain.ChoiceUse", SdkOrModel));
        // ... the PDB's import scopes can.
        var violations = LayerRules.Forbidden(TypeReferences.Imports(ThisAssembly), Planted + ".Domain.ChoiceUse", SdkOrModel);
        Assert.Contains(violations, v => v.Contains("UsesAChoice -> CxJourney.Plugins.Model.*", StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_rule_leaves_clean_domain_code_alone()
    {
        var references = TypeReferences.Of(ThisAssembly).Concat(TypeReferences.Imports(ThisAssembly));
        Assert.Empty(LayerRules.Forbidden(references, Planted + ".Domain.Clean", SdkOrModel));
    }

    [Fact]
    public void The_cycle_rule_finds_two_namespaces_that_use_each_other()
    {
        var cycles = LayerRules.Cycles(TypeReferences.Of(ThisAssembly), Planted + ".Cycle");
        string cycle = Assert.Single(cycles);
        Assert.StartsWith(Planted + ".Cycle.First <-> " + Planted + ".Cycle.Second", cycle, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cycle_rule_lets_a_namespace_use_the_one_enclosing_it()
    {
        Assert.Empty(LayerRules.Cycles(TypeReferences.Of(ThisAssembly), Planted + ".Nesting"));
    }

    [Fact]
    public void The_tool_rule_finds_the_organization_outside_the_demo_and_allows_it_inside()
    {
        var violations = LayerRules.OutsideDemo(
            TypeReferences.Of(ThisAssembly), Planted + ".Tool",
            demo: new[] { Planted + ".Tool.Demo" },
            organizationAssemblies: new[] { "CxJourney.Emulator" });
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.StartsWith("PacksThroughTheOrganization ->", v, StringComparison.Ordinal));
    }
}

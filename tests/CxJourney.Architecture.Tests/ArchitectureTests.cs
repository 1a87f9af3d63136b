using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CxJourney.Architecture.Tests.Support;
using CxJourney.Emulator;
using CxJourney.Plugins.Infrastructure;
using CxJourney.SolutionModel.Reading;
using CxJourney.WebApi;

namespace CxJourney.Architecture.Tests;

/// <summary>
/// The arrows of ARCHITECTURE.md, checked over the built assemblies: a `using Microsoft.Xrm.Sdk;` in
/// Domain/, a namespace cycle, or a tool reaching into the local organization outside its demo fails here.
/// PlantedViolationTests shows each rule failing on a violation planted on purpose.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Plugins = typeof(PluginBase).Assembly;
    private static readonly Assembly SolutionModel = typeof(SolutionReader).Assembly;
    private static readonly Assembly Emulator = typeof(LocalOrganization).Assembly;
    private static readonly Assembly WebApi = typeof(LocalWebApiServer).Assembly;
    private static readonly Assembly Cli = typeof(CxJourney.Cli.Program).Assembly;

    /// <summary>Fails listing every violation in full (the default message would cut them short).</summary>
    private static void None(IReadOnlyList<string> violations)
        => Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));

    private static IReadOnlyList<TypeReference> Read(Assembly assembly) => TypeReferences.Of(assembly).Distinct().ToList();

    [Fact]
    public void Domain_uses_neither_the_sdk_nor_the_model_nor_the_adapters()
    {
        // IL references and `using` directives both count: a choice constant is inlined and leaves only its using.
        var references = Read(Plugins).Concat(TypeReferences.Imports(Plugins));
        var violations = LayerRules.Forbidden(references, "CxJourney.Plugins.Domain", r =>
            r.ToAssembly.StartsWith("Microsoft.Xrm.Sdk", StringComparison.Ordinal)
            || r.ToAssembly.StartsWith("System.ServiceModel", StringComparison.Ordinal)
            || LayerRules.Under(r.ToNamespace, "Microsoft.Xrm.Sdk")
            || (LayerRules.Under(r.ToNamespace, "CxJourney.Plugins") && !LayerRules.Under(r.ToNamespace, "CxJourney.Plugins.Domain")));
        None(violations);
    }

    [Fact]
    public void The_names_in_Model_depend_on_nothing_else_of_the_plugins()
    {
        var references = Read(Plugins).Concat(TypeReferences.Imports(Plugins));
        var violations = LayerRules.Forbidden(references, "CxJourney.Plugins.Model", r =>
            LayerRules.Under(r.ToNamespace, "CxJourney.Plugins") && !LayerRules.Under(r.ToNamespace, "CxJourney.Plugins.Model"));
        None(violations);
    }

    public static TheoryData<string> Assemblies() => new() { "CxJourney.Plugins", "CxJourney.SolutionModel", "CxJourney.Emulator", "CxJourney.WebApi", "cxjourney" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void No_namespace_cycles(string assemblyName)
    {
        Assembly assembly = new[] { Plugins, SolutionModel, Emulator, WebApi, Cli }.Single(a => a.GetName().Name == assemblyName);
        string root = assemblyName == "cxjourney" ? "CxJourney.Cli" : assemblyName;
        None(LayerRules.Cycles(Read(assembly), root));
    }

    [Fact]
    public void Pack_and_check_use_the_solution_model_not_the_local_organization()
    {
        // serve runs the local organization as the demo does; deploy and doctor check environment
        // variable values with the plug-ins' own readers (EnvironmentVariableCheck) and nothing else of them.
        var violations = LayerRules.OutsideDemo(
            Read(Cli), "CxJourney.Cli",
            // calibrate works on an organization (today the local one holding the demo business), like demo.
            demo: new[] { "CxJourney.Cli.Demo", "CxJourney.Cli.Commands.DemoCommand", "CxJourney.Cli.Calibration", "CxJourney.Cli.Commands.CalibrateCommand", "CxJourney.Cli.Commands.ServeCommand", "CxJourney.Cli.Deploy.EnvironmentVariableCheck" },
            organizationAssemblies: new[] { "CxJourney.Emulator", "CxJourney.WebApi", "CxJourney.Plugins" });
        None(violations);
    }

    [Fact]
    public void The_solution_model_references_neither_the_organization_nor_the_sdk()
    {
        var referenced = SolutionModel.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain("CxJourney.Emulator", referenced);
        Assert.DoesNotContain("Microsoft.Xrm.Sdk", referenced);
        Assert.DoesNotContain("CxJourney.Plugins", referenced);
    }

    [Fact]
    public void The_organization_does_not_know_the_product_plugins()
    {
        // It runs whatever Solution/ registers; only tests, the demo and the benchmarks bind CxJourney's plug-ins.
        Assert.DoesNotContain("CxJourney.Plugins", Emulator.GetReferencedAssemblies().Select(a => a.Name));
        Assert.DoesNotContain("CxJourney.Plugins", WebApi.GetReferencedAssemblies().Select(a => a.Name));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using CxJourney.Cli.Tests.Support;
using CxJourney.SolutionModel.Packing;
using CxJourney.Tests.Shared;

namespace CxJourney.Cli.Tests.Packing;

/// <summary>
/// The managed and unmanaged zips differ only where the platform's do: &lt;Managed&gt; in
/// solution.xml, and the labels of form cells bound to a column in customizations.xml (Microsoft's
/// ColumnLevelSecurity sample pair, tests/fixtures/reference/solution-format/packed/, DIFF_unmanaged_vs_managed.txt).
/// </summary>
public sealed class ManagedUnmanagedTests : IDisposable
{
    private readonly PackedZip _packed = PackedZip.Pack(TempSolution.FixtureFolder("good"), new Dictionary<string, string>
    {
        [FixturePluginAssembly.AssemblyName] = FixturePluginAssembly.Path,
    });

    public void Dispose() => _packed.Dispose();

    [Fact]
    public void Only_the_manifest_and_customizations_differ()
    {
        var unmanaged = PackedZip.Entries(_packed.Result.UnmanagedZip);
        var managed = PackedZip.Entries(_packed.Result.ManagedZip);

        Assert.Equal(unmanaged.Select(e => e.Name), managed.Select(e => e.Name));
        var different = unmanaged.Zip(managed).Where(p => !p.First.Content.AsSpan().SequenceEqual(p.Second.Content)).Select(p => p.First.Name);
        Assert.Equal(["customizations.xml", "solution.xml"], different);
    }

    [Fact]
    public void The_manifests_differ_only_in_Managed()
    {
        var changes = ChangedLines("solution.xml");
        Assert.Equal([("    <Managed>0</Managed>", "    <Managed>1</Managed>")], changes);
    }

    [Fact]
    public void The_customizations_differ_only_in_labels_of_bound_form_cells()
    {
        var changes = ChangedLines("customizations.xml").Select(c => (c.Unmanaged.Trim(), c.Managed.Trim())).ToList();

        Assert.Equal(
        [
            // Main form: the bound cells lose their labels; the unbound "Journey notes" cell keeps its own.
            ("<label description=\"Name\" languagecode=\"1033\" />", "<label description=\"\" languagecode=\"1033\" />"),
            ("<label description=\"Owner\" languagecode=\"1033\" />", "<label description=\"\" languagecode=\"1033\" />"),
            // Quick form: the managed zip carries the unpacked {id}_managed.xml as it is.
            ("<label description=\"GENERAL\" languagecode=\"1033\" />", "<label description=\"GENERAL (managed)\" languagecode=\"1033\" />"),
            ("<label description=\"Score\" languagecode=\"1033\" />", "<label description=\"\" languagecode=\"1033\" />"),
        ], changes);
    }

    /// <summary>
    /// The rule the managed zip applies, run over the platform's own unmanaged export, gives the
    /// platform's managed export byte for byte (the packer's XML writer included).
    /// </summary>
    [Fact]
    public void The_managed_rule_turns_the_platforms_unmanaged_export_into_its_managed_export()
    {
        var pair = Path.Combine(RepoPaths.ReferenceFixtures, "solution-format", "packed", "ms-ColumnLevelSecuritySampleSolution-pair");
        var unmanaged = PackageXml.Load(Path.Combine(pair, "unmanaged", "customizations.xml")).Root!;
        foreach (var form in unmanaged.Descendants("systemform")) ManagedForms.BlankBoundCellLabels(form);

        var expected = File.ReadAllBytes(Path.Combine(pair, "managed", "customizations.xml"));
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(PackageXml.Serialize(unmanaged)));
    }

    private List<(string Unmanaged, string Managed)> ChangedLines(string entry)
    {
        var unmanaged = PackedZip.Text(_packed.Result.UnmanagedZip, entry).Split("\r\n");
        var managed = PackedZip.Text(_packed.Result.ManagedZip, entry).Split("\r\n");
        Assert.Equal(unmanaged.Length, managed.Length);
        return unmanaged.Zip(managed).Where(p => p.First != p.Second).ToList();
    }
}

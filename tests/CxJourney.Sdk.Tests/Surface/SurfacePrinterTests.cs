using System;
using System.Linq;
using CxJourney.Sdk.Tests.Surface.Fixture;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>
/// The printer on the fixture types of this test assembly: each construct must come out exactly as the
/// official listing spells it, or the subset comparison would report false differences (or miss real ones).
/// </summary>
public class SurfacePrinterTests
{
    private const string Ns = "CxJourney.Sdk.Tests.Surface.Fixture";
    private static readonly Lazy<string> Listing = new(() => SurfacePrinter.Print(typeof(FixtureRecord).Assembly.Location, [Ns]));

    [Fact]
    public void Enum_prints_underlying_type_values_and_member_attributes()
    {
        Assert.Equal(
            [
                "// ==== " + Ns + ".FixtureLevel",
                "[System.Runtime.Serialization.DataContractAttribute(Name=\"FixtureLevel\", Namespace=\"urn:fixture\")]",
                "public enum " + Ns + ".FixtureLevel",
                "{",
                "    // underlying type: System.Int32",
                "    Low = 0,   [System.Runtime.Serialization.EnumMemberAttribute()]",
                "    High = 7,",
                "    Highest = 1048576,",
                "    Negative = -1,",
                "}",
            ],
            Block("FixtureLevel"));
        Assert.Contains("    // underlying type: System.Byte", Block("FixtureSmall"));
    }

    [Theory]
    [InlineData("public [Serializable] beforefieldinit class " + Ns + ".FixtureRecord : System.Object, System.Runtime.Serialization.IExtensibleDataObject")]
    [InlineData("    public const System.String Label = \"fixture\";")]
    [InlineData("    public static readonly System.Int32 Zero;")]
    [InlineData("    public System.Int32 Counter;")]
    [InlineData("    public .ctor();")]
    [InlineData("    protected internal .ctor(System.Collections.Generic.IDictionary`2<System.String,System.Object> values);")]
    [InlineData("    public static " + Ns + ".FixtureRecord op_Implicit(System.String name);")]
    [InlineData("    public static " + Ns + ".FixtureRecord Parse(System.String name);")]
    [InlineData("    public virtual System.String Describe(System.String prefix = \"null\", System.Int32 count = 3, System.Boolean loud = true);")]
    [InlineData("    public System.Void Log(System.String format, params System.Object[] args);")]
    [InlineData("    public System.Boolean TryGet<T>(System.String key, out T value) where T : " + Ns + ".FixtureRecord;")]
    [InlineData("    public System.Void Swap(ref System.Int32 value);")]
    [InlineData("    protected virtual System.Void OnChanged();")]
    [InlineData("    public System.String Name { get; internal set; }")]
    [InlineData("    public virtual System.Int32 Size { get; protected set; }")]
    [InlineData("    public System.Object Item[System.String key] { get; set; }")]
    [InlineData("    public sealed-virtual(newslot final: interface impl) System.Runtime.Serialization.ExtensionDataObject ExtensionData { get; set; }")]
    [InlineData("    public event System.EventHandler Changed;")]
    public void Class_members_print_as_in_the_listing(string line) => Assert.Contains(line, Block("FixtureRecord"));

    [Theory]
    [InlineData("public sealed beforefieldinit class " + Ns + ".FixtureChild : " + Ns + ".FixtureRecord, " + Ns + ".IFixtureChildContext, " + Ns + ".IFixtureContext")]
    [InlineData("    public override System.String Describe(System.String prefix = \"null\", System.Int32 count = 3, System.Boolean loud = true);")]
    [InlineData("    public sealed-virtual(newslot final: interface impl) System.String Describe(System.String text);")]
    [InlineData("    public sealed-virtual(newslot final: interface impl) System.Int32 Depth { get; }")]
    [InlineData("    public override System.Int32 Size { get; protected set; }")]
    [InlineData("    // explicit impl: " + Ns + ".IFixtureChildContext::instance " + Ns + ".IFixtureChildContext get_Parent()")]
    public void Derived_class_prints_overrides_interface_implementations_and_explicit_ones(string line) => Assert.Contains(line, Block("FixtureChild"));

    [Fact]
    public void Explicit_implementations_come_after_the_other_members()
    {
        var block = Block("FixtureChild");
        Assert.StartsWith("    // explicit impl:", block[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Interface_members_print_without_modifiers()
    {
        var block = Block("IFixtureChildContext");
        Assert.Contains("    public " + Ns + ".IFixtureChildContext Parent { get; }", block);
        // Roslyn marks interfaces beforefieldinit too, as the official listing shows them.
        Assert.Contains("public beforefieldinit interface " + Ns + ".IFixtureChildContext : " + Ns + ".IFixtureContext", block);
        Assert.Contains("    public System.String Describe(System.String text);", Block("IFixtureContext"));
    }

    // The same constructs as the official DataCollection`2 block, so these lines are copied from it.
    [Theory]
    [InlineData("public abstract beforefieldinit class " + Ns + ".FixtureCollection`2<TKey, TValue> : System.Object, System.Collections.Generic.IEnumerable`1<System.Collections.Generic.KeyValuePair`2<TKey,TValue>>, System.Collections.IEnumerable")]
    [InlineData("    public sealed-virtual(newslot final: interface impl) System.Collections.Generic.IEnumerator`1<System.Collections.Generic.KeyValuePair`2<TKey,TValue>> GetEnumerator();")]
    [InlineData("    // explicit impl: System.Collections.IEnumerable::instance System.Collections.IEnumerator GetEnumerator()")]
    [InlineData("    protected .ctor();")]
    [InlineData("    public abstract TValue Get(TKey key);")]
    public void Generic_class_prints_parameters_by_name(string line) => Assert.Contains(line, Block("FixtureCollection`2"));

    [Fact]
    public void Static_class_and_extension_method_print_as_in_the_listing()
    {
        var block = Block("FixtureExtensions");
        Assert.Contains("public static beforefieldinit class " + Ns + ".FixtureExtensions : System.Object", block);
        var twice = Array.IndexOf(block, "    public static System.Int32 Twice(" + Ns + ".FixtureRecord record);");
        Assert.True(twice > 0, string.Join("\n", block));
        Assert.Contains("[System.Runtime.CompilerServices.ExtensionAttribute()]", block[twice - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_type_gets_its_own_block()
    {
        Assert.Contains("public beforefieldinit class " + Ns + ".FixtureRecord+Nested : System.Object", Block("FixtureRecord+Nested"));
    }

    [Fact]
    public void Types_print_in_ordinal_order_and_parse_back()
    {
        var parsed = SurfaceListing.Parse(Listing.Value);
        var names = Listing.Value.Split('\n').Where(l => l.StartsWith("// ==== ", StringComparison.Ordinal)).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Count, parsed.Count);
        Assert.Equal(("Negative", "-1"), parsed[Ns + ".FixtureLevel"].EnumMembers[^1]);
    }

    [Fact]
    public void Header_names_the_assembly_and_repeats_the_legend()
    {
        var lines = Listing.Value.Split('\n');
        var official = SurfaceFiles.Fixture(SurfaceFiles.OfficialSurface).Split('\n');

        Assert.StartsWith("// Surface of CxJourney.Sdk.Tests, Version=", lines[0], StringComparison.Ordinal);
        Assert.Matches("^// file: CxJourney.Sdk.Tests.dll  size=[0-9]+  sha256=[0-9a-f]{64}$", lines[1]);
        Assert.Equal(official[2..5], lines[2..5]);
    }

    private static string[] Block(string simpleName)
    {
        var lines = Listing.Value.Split('\n');
        var start = Array.IndexOf(lines, "// ==== " + Ns + "." + simpleName);
        Assert.True(start >= 0, "No block for " + simpleName + " in:\n" + Listing.Value);
        var end = Array.IndexOf(lines, "}", start);
        return lines[start..(end + 1)];
    }
}

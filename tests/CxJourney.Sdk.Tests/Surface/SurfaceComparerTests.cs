using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>
/// The comparer on small hand-written listings in the official format: each way a declaration of ours can
/// break a plugin at run time must be reported, and what we merely leave out must not.
/// </summary>
public class SurfaceComparerTests
{
    // Lines copied from the official listing (Microsoft.Xrm.Sdk-9.0.2.56.surface.txt).
    private const string Official = """
        // Surface of Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35

        // ==== Microsoft.Xrm.Sdk.Entity
        [System.Reflection.DefaultMemberAttribute("Item")] [System.Runtime.Serialization.DataContractAttribute(Name="Entity", Namespace="http://schemas.microsoft.com/xrm/2011/Contracts")]
        public beforefieldinit class Microsoft.Xrm.Sdk.Entity : System.Object, System.Runtime.Serialization.IExtensibleDataObject
        {
            public .ctor();
            public .ctor(System.String entityName);
            public System.Boolean Contains(System.String attributeName);
            public virtual T GetAttributeValue<T>(System.String attributeLogicalName);
            [System.Runtime.Serialization.DataMemberAttribute()]
            public System.String LogicalName { get; set; }
            public System.Object Item[System.String attributeName] { get; set; }
        }

        // ==== Microsoft.Xrm.Sdk.AliasedValue
        public sealed beforefieldinit class Microsoft.Xrm.Sdk.AliasedValue : System.Object, System.Runtime.Serialization.IExtensibleDataObject
        {
            public .ctor(System.String entityLogicalName, System.String attributeLogicalName, System.Object value);
            [System.Runtime.Serialization.DataMemberAttribute()]
            public System.Object Value { get; internal set; }
        }

        // ==== Microsoft.Xrm.Sdk.IExecutionContext
        public beforefieldinit interface Microsoft.Xrm.Sdk.IExecutionContext
        {
            public System.Int32 Depth { get; }
            public Microsoft.Xrm.Sdk.ParameterCollection InputParameters { get; }
        }

        // ==== Microsoft.Xrm.Sdk.IPluginExecutionContext
        public beforefieldinit interface Microsoft.Xrm.Sdk.IPluginExecutionContext : Microsoft.Xrm.Sdk.IExecutionContext
        {
            public System.Int32 Stage { get; }
        }

        // ==== Microsoft.Xrm.Sdk.ITracingService
        public beforefieldinit interface Microsoft.Xrm.Sdk.ITracingService
        {
            public System.Void Trace(System.String format, params System.Object[] args);
        }

        // ==== Microsoft.Xrm.Sdk.PluginTelemetry.EventId
        public beforefieldinit class Microsoft.Xrm.Sdk.PluginTelemetry.EventId : System.Object
        {
            public .ctor(System.Int32 id, System.String name = "null");
        }

        // ==== Microsoft.Xrm.Sdk.Query.ConditionOperator
        [System.Runtime.Serialization.DataContractAttribute(Name="ConditionOperator", Namespace="http://schemas.microsoft.com/xrm/2011/Contracts")]
        public enum Microsoft.Xrm.Sdk.Query.ConditionOperator
        {
            // underlying type: System.Int32
            Equal = 0,   [System.Runtime.Serialization.EnumMemberAttribute()]
            NotEqual = 1,   [System.Runtime.Serialization.EnumMemberAttribute()]
            In = 8,   [System.Runtime.Serialization.EnumMemberAttribute()]
        }

        """;

    [Fact]
    public void Identical_listings_have_no_differences()
    {
        Assert.Empty(SurfaceComparer.Compare(Official, Official));
    }

    [Fact]
    public void Omitted_types_members_and_accessors_are_not_differences()
    {
        var ours = Official
            .Replace(Type("Microsoft.Xrm.Sdk.ITracingService"), "", StringComparison.Ordinal)
            .Replace("    public .ctor(System.String entityName);\n", "", StringComparison.Ordinal)
            .Replace("    NotEqual = 1,   [System.Runtime.Serialization.EnumMemberAttribute()]\n", "", StringComparison.Ordinal);
        ours = Change(ours, "public System.String LogicalName { get; set; }", "public System.String LogicalName { get; }");

        Assert.Empty(SurfaceComparer.Compare(Official, ours));
    }

    [Fact]
    public void Attribute_lines_and_beforefieldinit_are_not_compared()
    {
        var ours = Change(Official, "[System.Runtime.Serialization.DataMemberAttribute()]\n    public System.String LogicalName", "[System.Runtime.CompilerServices.NullableAttribute(2)]\n    public System.String LogicalName");
        ours = Change(ours, "    In = 8,   [System.Runtime.Serialization.EnumMemberAttribute()]", "    In = 8,");
        ours = Change(ours, "public sealed beforefieldinit class Microsoft.Xrm.Sdk.AliasedValue", "public sealed class Microsoft.Xrm.Sdk.AliasedValue");

        Assert.Empty(SurfaceComparer.Compare(Official, ours));
    }

    [Fact]
    public void Internal_accessor_of_ours_is_not_part_of_the_surface()
    {
        var ours = Change(Official, "public System.String LogicalName { get; set; }", "public System.String LogicalName { get; internal set; }");

        Assert.Empty(SurfaceComparer.Compare(Official, ours));
    }

    [Fact]
    public void Member_on_the_wrong_declaring_type_is_reported()
    {
        var ours = Change(Official, "    public Microsoft.Xrm.Sdk.ParameterCollection InputParameters { get; }\n", "");
        ours = Change(ours, "    public System.Int32 Stage { get; }\n", "    public System.Int32 Stage { get; }\n    public Microsoft.Xrm.Sdk.ParameterCollection InputParameters { get; }\n");

        var difference = Assert.Single(SurfaceComparer.Compare(Official, ours));
        Assert.Equal(SurfaceComparer.WrongDeclaringType, difference.Kind);
        Assert.Equal("Microsoft.Xrm.Sdk.IPluginExecutionContext", difference.Type);
        Assert.Contains("Microsoft.Xrm.Sdk.IExecutionContext", difference.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_overload_is_reported_with_the_nearest_official_one()
    {
        var ours = Change(Official, "    public System.Boolean Contains(System.String attributeName);\n",
            "    public System.Boolean Contains(System.String attributeName);\n    public System.Boolean Contains(System.String attributeName, System.Boolean ignoreCase);\n");

        var difference = Assert.Single(SurfaceComparer.Compare(Official, ours));
        Assert.Equal(SurfaceComparer.MemberDiffers, difference.Kind);
        Assert.Equal("public System.Boolean Contains(System.String attributeName, System.Boolean ignoreCase);", difference.Ours);
        Assert.Equal("public System.Boolean Contains(System.String attributeName);", difference.Official);
    }

    [Fact]
    public void Extra_member_is_reported()
    {
        var ours = Change(Official, "    public System.Int32 Stage { get; }\n", "    public System.Int32 Stage { get; }\n    public System.Int32 Mode { get; }\n");

        var difference = Assert.Single(SurfaceComparer.Compare(Official, ours));
        Assert.Equal(SurfaceComparer.ExtraMember, difference.Kind);
        Assert.Equal("public System.Int32 Mode { get; }", difference.Ours);
    }

    [Fact]
    public void Changed_enum_value_is_reported()
    {
        var ours = Change(Official, "In = 8,", "In = 9,");

        var difference = Assert.Single(SurfaceComparer.Compare(Official, ours));
        Assert.Equal(SurfaceComparer.EnumValueDiffers, difference.Kind);
        Assert.Equal("Microsoft.Xrm.Sdk.Query.ConditionOperator", difference.Type);
        Assert.Equal("In = 8,", difference.Official);
    }

    [Fact]
    public void Extra_enum_member_is_reported()
    {
        var ours = Change(Official, "    In = 8,", "    NotIn = 9,\n    In = 8,");

        var difference = Assert.Single(SurfaceComparer.Compare(Official, ours));
        Assert.Equal(SurfaceComparer.ExtraEnumMember, difference.Kind);
        Assert.Equal("NotIn = 9,", difference.Ours);
    }

    [Fact]
    public void Enum_underlying_type_change_is_reported()
    {
        var ours = Change(Official, "// underlying type: System.Int32", "// underlying type: System.Int64");

        Assert.Equal("// underlying type: System.Int64", Assert.Single(SurfaceComparer.Compare(Official, ours)).Ours);
    }

    // Each of these compiles a plugin here that binds to nothing (or to something else) in Dataverse.
    [Theory]
    [InlineData("changed default value", "public .ctor(System.Int32 id, System.String name = \"null\");", "public .ctor(System.Int32 id, System.String name = \"unknown\");")]
    [InlineData("default value added", "public .ctor(System.String entityName);", "public .ctor(System.String entityName = \"null\");")]
    [InlineData("params removed", "public System.Void Trace(System.String format, params System.Object[] args);", "public System.Void Trace(System.String format, System.Object[] args);")]
    [InlineData("virtual removed", "public virtual T GetAttributeValue<T>(System.String attributeLogicalName);", "public T GetAttributeValue<T>(System.String attributeLogicalName);")]
    [InlineData("virtual added", "public System.Boolean Contains(System.String attributeName);", "public virtual System.Boolean Contains(System.String attributeName);")]
    [InlineData("static added", "public System.Boolean Contains(System.String attributeName);", "public static System.Boolean Contains(System.String attributeName);")]
    [InlineData("accessibility narrowed", "public .ctor(System.String entityName);", "protected .ctor(System.String entityName);")]
    [InlineData("setter made public", "public System.Object Value { get; internal set; }", "public System.Object Value { get; set; }")]
    [InlineData("init instead of set", "public System.String LogicalName { get; set; }", "public System.String LogicalName { get; init; }")]
    [InlineData("parameter type changed", "public System.Object Item[System.String attributeName] { get; set; }", "public System.Object Item[System.Object attributeName] { get; set; }")]
    [InlineData("return type changed", "public System.Boolean Contains(System.String attributeName);", "public System.Object Contains(System.String attributeName);")]
    [InlineData("out became ref", "public System.Boolean Contains(System.String attributeName);", "public System.Boolean Contains(ref System.String attributeName);")]
    public void Changed_member_is_reported(string change, string official, string ours)
    {
        var difference = Assert.Single(SurfaceComparer.Compare(Official, Change(Official, official, ours)));
        Assert.True(difference.Kind == SurfaceComparer.MemberDiffers, change + ": " + difference);
        Assert.Equal(ours, difference.Ours);
        Assert.Equal(official, difference.Official);
    }

    [Fact]
    public void Extra_type_is_reported_with_the_official_type_of_the_same_name()
    {
        var ours = Official + """
            // ==== Microsoft.Xrm.Sdk.ConditionOperator
            public enum Microsoft.Xrm.Sdk.ConditionOperator
            {
                // underlying type: System.Int32
                Equal = 0,
            }

            """;

        var difference = Assert.Single(SurfaceComparer.Compare(Official, ours));
        Assert.Equal(SurfaceComparer.ExtraType, difference.Kind);
        Assert.Equal("Microsoft.Xrm.Sdk.ConditionOperator", difference.Type);
        Assert.Equal("public enum Microsoft.Xrm.Sdk.Query.ConditionOperator", difference.Official);
    }

    [Theory]
    [InlineData("extra interface",
        "public beforefieldinit class Microsoft.Xrm.Sdk.Entity : System.Object, System.Runtime.Serialization.IExtensibleDataObject",
        "public beforefieldinit class Microsoft.Xrm.Sdk.Entity : System.Object, System.Runtime.Serialization.IExtensibleDataObject, System.IDisposable",
        "declares interface System.IDisposable")]
    [InlineData("missing interface",
        "public beforefieldinit class Microsoft.Xrm.Sdk.Entity : System.Object, System.Runtime.Serialization.IExtensibleDataObject",
        "public beforefieldinit class Microsoft.Xrm.Sdk.Entity : System.Object",
        "lacks interface System.Runtime.Serialization.IExtensibleDataObject")]
    [InlineData("sealed added",
        "public beforefieldinit class Microsoft.Xrm.Sdk.Entity",
        "public sealed beforefieldinit class Microsoft.Xrm.Sdk.Entity",
        "modifiers 'public sealed' instead of 'public'")]
    [InlineData("sealed removed",
        "public sealed beforefieldinit class Microsoft.Xrm.Sdk.AliasedValue",
        "public beforefieldinit class Microsoft.Xrm.Sdk.AliasedValue",
        "modifiers 'public' instead of 'public sealed'")]
    [InlineData("other base type",
        "public beforefieldinit class Microsoft.Xrm.Sdk.PluginTelemetry.EventId : System.Object",
        "public beforefieldinit class Microsoft.Xrm.Sdk.PluginTelemetry.EventId : System.ValueType",
        "base type System.ValueType instead of System.Object")]
    [InlineData("class instead of interface",
        "public beforefieldinit interface Microsoft.Xrm.Sdk.ITracingService",
        "public abstract beforefieldinit class Microsoft.Xrm.Sdk.ITracingService : System.Object",
        "class instead of interface")]
    public void Changed_type_line_is_reported(string change, string official, string ours, string expected)
    {
        var difference = Assert.Single(SurfaceComparer.Compare(Official, Change(Official, official, ours)));
        Assert.True(difference.Kind == SurfaceComparer.TypeLineDiffers, change + ": " + difference);
        Assert.Contains(expected, difference.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_list_check_reports_unknown_types_and_other_kinds()
    {
        var official = SurfaceListing.ParseTypeList("""
            // 2 public types
            class     Microsoft.Xrm.Sdk.Metadata.EntityMetadata
            enum      Microsoft.Xrm.Sdk.Client.AuthenticationProviderType
            """);
        var ours = new List<(string, string)>
        {
            ("class", "Microsoft.Xrm.Sdk.Metadata.EntityMetadata"),
            ("class", "Microsoft.Xrm.Sdk.Client.AuthenticationProviderType"),
            ("class", "Microsoft.Xrm.Sdk.Metadata.Helper"),
        };

        var differences = SurfaceComparer.CompareTypeList(official, ours);

        Assert.Equal(
            [(SurfaceComparer.TypeLineDiffers, "Microsoft.Xrm.Sdk.Client.AuthenticationProviderType"), (SurfaceComparer.ExtraType, "Microsoft.Xrm.Sdk.Metadata.Helper")],
            differences.Select(d => (d.Kind, d.Type)));
    }

    [Fact]
    public void Official_listing_parses_into_every_type_block()
    {
        var official = SurfaceListing.Parse(SurfaceFiles.Fixture(SurfaceFiles.OfficialSurface));

        Assert.Equal(364, official.Count);
        Assert.Contains(("In", "8"), official["Microsoft.Xrm.Sdk.Query.ConditionOperator"].EnumMembers);
        Assert.Contains("public System.Boolean TryGetValue(TKey key, out TValue value);", official["Microsoft.Xrm.Sdk.DataCollection`2"].Members);
        Assert.DoesNotContain(official["Microsoft.Xrm.Sdk.Entity"].Members, m => m.StartsWith('['));
    }

    private static string Change(string listing, string from, string to)
    {
        Assert.Contains(from, listing, StringComparison.Ordinal);
        return listing.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Type(string name)
    {
        var start = Official.IndexOf("// ==== " + name + "\n", StringComparison.Ordinal);
        var end = Official.IndexOf("}\n\n", start, StringComparison.Ordinal) + 3;
        return Official[start..end];
    }
}

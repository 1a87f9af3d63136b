using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>
/// Prints the public and protected surface of an assembly file in the format of
/// Microsoft.Xrm.Sdk-9.0.2.56.surface.txt, so ours and the official one compare line for line.
/// Reads metadata only (System.Reflection.Metadata): the net462 SDK cannot be loaded on .NET 10
/// next to the net10.0 copy the test project references.
/// Order follows the listing: types by ordinal full name; within a type fields, methods, properties,
/// events (metadata order each), then explicit interface implementations.
/// </summary>
internal sealed partial class SurfacePrinter
{
    public static readonly IReadOnlyList<string> XrmNamespaces =
        ["Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.Query", "Microsoft.Xrm.Sdk.Messages", "Microsoft.Xrm.Sdk.PluginTelemetry"];

    private const string Indent = "    ";
    // TypeAttributes.Serializable, whose name is obsolete on .NET 10; the flag is what [Serializable] compiles to.
    private const TypeAttributes SerializableFlag = (TypeAttributes)0x2000;
    private readonly MetadataReader _reader;
    private readonly SurfaceTypeNames _names = new();
    private readonly SurfaceValues _values;
    private readonly StringBuilder _out = new();

    private SurfacePrinter(MetadataReader reader)
    {
        _reader = reader;
        _values = new SurfaceValues(reader, _names);
    }

    /// <summary>The listing of every visible type in <paramref name="namespaces"/> (exact namespace match, nested types included).</summary>
    public static string Print(string assemblyPath, IReadOnlyCollection<string> namespaces)
    {
        var bytes = File.ReadAllBytes(assemblyPath);
        using var pe = new PEReader(ImmutableArray.Create(bytes));
        var printer = new SurfacePrinter(pe.GetMetadataReader());
        printer.Header(Path.GetFileName(assemblyPath), bytes);
        foreach (var type in printer.VisibleTypes().Where(t => namespaces.Contains(printer.NamespaceOf(t))).OrderBy(t => SurfaceTypeNames.FullName(printer._reader, t), StringComparer.Ordinal))
        {
            printer.Type(type);
        }

        return printer._out.ToString();
    }

    /// <summary>Every visible type of the assembly as (kind, full name), kinds spelled as in the official types list.</summary>
    public static IReadOnlyList<(string Kind, string FullName)> PublicTypes(string assemblyPath)
    {
        using var pe = new PEReader(ImmutableArray.Create(File.ReadAllBytes(assemblyPath)));
        var printer = new SurfacePrinter(pe.GetMetadataReader());
        return printer.VisibleTypes().Select(t => (printer.KindOf(t), SurfaceTypeNames.FullName(printer._reader, t))).ToList();
    }

    private void Header(string fileName, byte[] bytes)
    {
        Line("// Surface of " + AssemblyIdentity());
        Line($"// file: {fileName}  size={bytes.Length}  sha256={Convert.ToHexStringLower(SHA256.HashData(bytes))}");
        Line("// Types print as full CLR names; generic params by name; members: public/protected only.");
        Line("// Method modifiers: 'virtual' = newslot virtual, 'override' = virtual reuse-slot, 'sealed-virtual(...)' = implicit interface impl (non-virtual in C#).");
        Line("");
    }

    private string AssemblyIdentity()
    {
        var assembly = _reader.GetAssemblyDefinition();
        var culture = _reader.GetString(assembly.Culture);
        var key = _reader.GetBlobBytes(assembly.PublicKey);
        // The token is the last 8 bytes of the key's SHA-1, reversed.
        var token = key.Length == 0 ? "null" : Convert.ToHexStringLower(SHA1.HashData(key)[^8..].Reverse().ToArray());
        return $"{_reader.GetString(assembly.Name)}, Version={assembly.Version}, Culture={(culture.Length == 0 ? "neutral" : culture)}, PublicKeyToken={token}";
    }

    private IEnumerable<TypeDefinitionHandle> VisibleTypes()
    {
        foreach (var handle in _reader.TypeDefinitions)
        {
            if (IsVisible(handle))
            {
                yield return handle;
            }
        }
    }

    private bool IsVisible(TypeDefinitionHandle handle)
    {
        var def = _reader.GetTypeDefinition(handle);
        return (def.Attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem => IsVisible(def.GetDeclaringType()),
            _ => false,
        };
    }

    private string NamespaceOf(TypeDefinitionHandle handle)
    {
        var def = _reader.GetTypeDefinition(handle);
        while (!def.GetDeclaringType().IsNil)
        {
            def = _reader.GetTypeDefinition(def.GetDeclaringType());
        }

        return _reader.GetString(def.Namespace);
    }

    private string BaseTypeName(TypeDefinition def, GenericNames generics) =>
        def.BaseType.IsNil ? "" : _names.Decode(_reader, def.BaseType, generics);

    private string KindOf(TypeDefinitionHandle handle)
    {
        var def = _reader.GetTypeDefinition(handle);
        if ((def.Attributes & TypeAttributes.Interface) != 0)
        {
            return "interface";
        }

        var name = SurfaceTypeNames.FullName(_reader, handle);
        return BaseTypeName(def, GenericNames.None) switch
        {
            "System.Enum" => "enum",
            "System.ValueType" when name != "System.Enum" => "struct",
            _ => "class",
        };
    }

    private void Type(TypeDefinitionHandle handle)
    {
        var def = _reader.GetTypeDefinition(handle);
        var generics = SurfaceTypeNames.NamesOf(_reader, def.GetGenericParameters(), []);
        var fullName = SurfaceTypeNames.FullName(_reader, handle);
        var kind = KindOf(handle);

        Line("// ==== " + fullName);
        AttributeLine("", def.GetCustomAttributes());
        Line(TypeLine(def, fullName, kind, generics));
        Line("{");
        if (kind == "enum")
        {
            EnumMembers(def);
        }
        else
        {
            var isInterface = kind == "interface";
            foreach (var field in def.GetFields())
            {
                Field(_reader.GetFieldDefinition(field), generics);
            }

            var accessors = new HashSet<MethodDefinitionHandle>();
            foreach (var p in def.GetProperties())
            {
                var a = _reader.GetPropertyDefinition(p).GetAccessors();
                accessors.Add(a.Getter);
                accessors.Add(a.Setter);
            }

            foreach (var e in def.GetEvents())
            {
                var a = _reader.GetEventDefinition(e).GetAccessors();
                accessors.Add(a.Adder);
                accessors.Add(a.Remover);
                accessors.Add(a.Raiser);
            }

            foreach (var method in def.GetMethods().Where(m => !accessors.Contains(m)))
            {
                Method(_reader.GetMethodDefinition(method), generics, isInterface);
            }

            foreach (var property in def.GetProperties())
            {
                Property(_reader.GetPropertyDefinition(property), generics, isInterface);
            }

            foreach (var evt in def.GetEvents())
            {
                Event(_reader.GetEventDefinition(evt), generics, isInterface);
            }

            foreach (var impl in def.GetMethodImplementations())
            {
                ExplicitImplementation(_reader.GetMethodImplementation(impl), generics);
            }
        }

        Line("}");
        Line("");
    }

    private string TypeLine(TypeDefinition def, string fullName, string kind, GenericNames generics)
    {
        var attributes = def.Attributes;
        var visibility = (attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.NestedFamily => "protected",
            TypeAttributes.NestedFamORAssem => "protected internal",
            _ => "public",
        };

        // The listing spells enums plainly: no sealed, no base type.
        if (kind == "enum")
        {
            return visibility + " enum " + fullName;
        }

        var words = new List<string> { visibility };
        var isAbstract = (attributes & TypeAttributes.Abstract) != 0;
        var isSealed = (attributes & TypeAttributes.Sealed) != 0;
        if (isAbstract && isSealed)
        {
            words.Add("static");
        }
        else if (isAbstract && kind != "interface")
        {
            words.Add("abstract");
        }
        else if (isSealed)
        {
            words.Add("sealed");
        }

        if ((attributes & SerializableFlag) != 0)
        {
            words.Add("[Serializable]");
        }

        if ((attributes & TypeAttributes.BeforeFieldInit) != 0)
        {
            words.Add("beforefieldinit");
        }

        words.Add(kind);
        var name = fullName;
        if (generics.TypeParameters.Count > 0)
        {
            name += "<" + string.Join(", ", def.GetGenericParameters().Select(GenericParameterName)) + ">";
        }

        words.Add(name);
        var bases = new List<string>();
        if (!def.BaseType.IsNil)
        {
            bases.Add(BaseTypeName(def, generics));
        }

        bases.AddRange(def.GetInterfaceImplementations().Select(i => _names.Decode(_reader, _reader.GetInterfaceImplementation(i).Interface, generics)));
        var line = string.Join(" ", words);
        if (bases.Count > 0)
        {
            line += " : " + string.Join(", ", bases);
        }

        return line + Constraints(def.GetGenericParameters(), generics);
    }

    private string GenericParameterName(GenericParameterHandle handle)
    {
        var parameter = _reader.GetGenericParameter(handle);
        var variance = (parameter.Attributes & GenericParameterAttributes.VarianceMask) switch
        {
            GenericParameterAttributes.Covariant => "out ",
            GenericParameterAttributes.Contravariant => "in ",
            _ => "",
        };
        return variance + _reader.GetString(parameter.Name);
    }

    /// <summary><c> where T : Microsoft.Xrm.Sdk.Entity</c>, as in Entity.ToEntity&lt;T&gt;.</summary>
    private string Constraints(GenericParameterHandleCollection parameters, GenericNames generics)
    {
        var text = new StringBuilder();
        foreach (var handle in parameters)
        {
            var parameter = _reader.GetGenericParameter(handle);
            var flags = parameter.Attributes & GenericParameterAttributes.SpecialConstraintMask;
            var isStruct = (flags & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
            var items = new List<string>();
            if ((flags & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                items.Add("class");
            }

            if (isStruct)
            {
                items.Add("struct");
            }

            items.AddRange(parameter.GetConstraints()
                .Select(c => _names.Decode(_reader, _reader.GetGenericParameterConstraint(c).Type, generics))
                .Where(t => !(isStruct && t == "System.ValueType")));
            if ((flags & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && !isStruct)
            {
                items.Add("new()");
            }

            if (items.Count > 0)
            {
                text.Append(" where ").Append(_reader.GetString(parameter.Name)).Append(" : ").Append(string.Join(", ", items));
            }
        }

        return text.ToString();
    }

    private void EnumMembers(TypeDefinition def)
    {
        foreach (var handle in def.GetFields())
        {
            var field = _reader.GetFieldDefinition(handle);
            if ((field.Attributes & FieldAttributes.Static) == 0)
            {
                Line(Indent + "// underlying type: " + field.DecodeSignature(_names, GenericNames.None));
            }
        }

        foreach (var handle in def.GetFields())
        {
            var field = _reader.GetFieldDefinition(handle);
            if ((field.Attributes & FieldAttributes.Literal) == 0 || !IsVisible(field.Attributes))
            {
                continue;
            }

            var attributes = _values.Attributes(field.GetCustomAttributes());
            Line(Indent + _reader.GetString(field.Name) + " = " + _values.Constant(field.GetDefaultValue()) + "," + (attributes.Length == 0 ? "" : "   " + attributes));
        }
    }

    private void AttributeLine(string indent, CustomAttributeHandleCollection attributes)
    {
        var text = _values.Attributes(attributes);
        if (text.Length > 0)
        {
            Line(indent + text);
        }
    }

    private void Line(string text) => _out.Append(text).Append('\n');
}

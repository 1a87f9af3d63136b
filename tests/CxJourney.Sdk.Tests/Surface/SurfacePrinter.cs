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
internal sealed class SurfacePrinter
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

    private static bool IsVisible(FieldAttributes attributes) =>
        (attributes & FieldAttributes.FieldAccessMask) is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem;

    private static bool IsVisible(MethodAttributes attributes) =>
        (attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private static string Access(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Public => "public",
        MethodAttributes.Family => "protected",
        MethodAttributes.FamORAssem => "protected internal",
        MethodAttributes.Assembly => "internal",
        MethodAttributes.FamANDAssem => "private protected",
        MethodAttributes.Private => "private",
        _ => "privatescope",
    };

    // Accessibility order for picking a property's accessibility from its accessors.
    private static int Rank(MethodAttributes attributes) => (attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Public => 6,
        MethodAttributes.FamORAssem => 5,
        MethodAttributes.Family => 4,
        MethodAttributes.Assembly => 3,
        MethodAttributes.FamANDAssem => 2,
        MethodAttributes.Private => 1,
        _ => 0,
    };

    /// <summary>Modifier words between accessibility and type, per the listing's legend.</summary>
    private static string Modifiers(MethodAttributes attributes, bool inInterface)
    {
        var isStatic = (attributes & MethodAttributes.Static) != 0;
        var isAbstract = (attributes & MethodAttributes.Abstract) != 0;
        var isVirtual = (attributes & MethodAttributes.Virtual) != 0;
        var isFinal = (attributes & MethodAttributes.Final) != 0;
        var isNewSlot = (attributes & MethodAttributes.NewSlot) != 0;
        if (inInterface)
        {
            // Interface members print bare in the listing (IOrganizationService.Create); a default
            // implementation or a static member is something the official interfaces do not have.
            return isStatic ? (isAbstract ? "static abstract" : "static") : isAbstract ? "" : isVirtual ? "virtual" : "";
        }

        if (isStatic)
        {
            return "static";
        }

        if (isAbstract)
        {
            return isNewSlot ? "abstract" : "abstract override";
        }

        if (!isVirtual)
        {
            return "";
        }

        if (isFinal)
        {
            return isNewSlot ? "sealed-virtual(newslot final: interface impl)" : "sealed override";
        }

        return isNewSlot ? "virtual" : "override";
    }

    private static string Join(params string[] words) => string.Join(" ", words.Where(w => w.Length > 0));

    private void Field(FieldDefinition field, GenericNames generics)
    {
        var attributes = field.Attributes;
        if (!IsVisible(attributes))
        {
            return;
        }

        var access = (attributes & FieldAttributes.FieldAccessMask) switch
        {
            FieldAttributes.Public => "public",
            FieldAttributes.Family => "protected",
            _ => "protected internal",
        };
        var isConst = (attributes & FieldAttributes.Literal) != 0;
        var modifiers = isConst
            ? "const"
            : Join((attributes & FieldAttributes.Static) != 0 ? "static" : "", (attributes & FieldAttributes.InitOnly) != 0 ? "readonly" : "");
        var value = isConst ? " = " + _values.Constant(field.GetDefaultValue()) : "";
        AttributeLine(Indent, field.GetCustomAttributes());
        Line(Indent + Join(access, modifiers, field.DecodeSignature(_names, generics), _reader.GetString(field.Name)) + value + ";");
    }

    private void Method(MethodDefinition method, GenericNames typeGenerics, bool inInterface)
    {
        if (!IsVisible(method.Attributes))
        {
            return;
        }

        var generics = typeGenerics with { MethodParameters = SurfaceTypeNames.NamesOf(_reader, [], method.GetGenericParameters()).MethodParameters };
        var signature = method.DecodeSignature(_names, generics);
        var name = _reader.GetString(method.Name);
        var isConstructor = name is ".ctor" or ".cctor";
        if (generics.MethodParameters.Count > 0)
        {
            name += "<" + string.Join(", ", generics.MethodParameters) + ">";
        }

        var text = Join(Access(method.Attributes), Modifiers(method.Attributes, inInterface), isConstructor ? "" : signature.ReturnType, name)
            + "(" + Parameters(method, signature.ParameterTypes) + ")"
            + Constraints(method.GetGenericParameters(), generics) + ";";
        AttributeLine(Indent, method.GetCustomAttributes());
        Line(Indent + text);
    }

    private string Parameters(MethodDefinition method, IReadOnlyList<string> types, int count = -1)
    {
        if (count < 0)
        {
            count = types.Count;
        }

        var parameters = new Parameter?[count];
        foreach (var handle in method.GetParameters())
        {
            var parameter = _reader.GetParameter(handle);
            if (parameter.SequenceNumber > 0 && parameter.SequenceNumber <= count)
            {
                parameters[parameter.SequenceNumber - 1] = parameter;
            }
        }

        return string.Join(", ", Enumerable.Range(0, count).Select(i => ParameterText(types[i], parameters[i])));
    }

    private string ParameterText(string type, Parameter? parameter)
    {
        var prefix = "";
        var byRef = type.IndexOf('&');
        if (byRef >= 0)
        {
            var attributes = parameter?.Attributes ?? default;
            prefix = (attributes & ParameterAttributes.Out) != 0 && (attributes & ParameterAttributes.In) == 0 ? "out "
                : (attributes & ParameterAttributes.In) != 0 ? "in "
                : "ref ";
            type = type.Remove(byRef, 1);
        }

        if (parameter is not { } p)
        {
            return prefix + type;
        }

        if (p.GetCustomAttributes().Any(a => AttributeName(a) is "System.ParamArrayAttribute" or "System.Runtime.CompilerServices.ParamCollectionAttribute"))
        {
            prefix = "params " + prefix;
        }

        var text = prefix + type + " " + _reader.GetString(p.Name);
        if ((p.Attributes & ParameterAttributes.HasDefault) != 0)
        {
            text += " = " + _values.Constant(p.GetDefaultValue());
        }

        return text;
    }

    private string AttributeName(CustomAttributeHandle handle)
    {
        var constructor = _reader.GetCustomAttribute(handle).Constructor;
        if (constructor.Kind == HandleKind.MethodDefinition)
        {
            return SurfaceTypeNames.FullName(_reader, _reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
        }

        return _names.Decode(_reader, _reader.GetMemberReference((MemberReferenceHandle)constructor).Parent, GenericNames.None);
    }

    private void Property(PropertyDefinition property, GenericNames generics, bool inInterface)
    {
        var accessors = property.GetAccessors();
        var present = new[] { ("get", accessors.Getter), ("set", accessors.Setter) }
            .Where(a => !a.Item2.IsNil)
            .Select(a => (Kind: a.Item1, Method: _reader.GetMethodDefinition(a.Item2)))
            .ToList();
        if (!present.Any(a => IsVisible(a.Method.Attributes)))
        {
            return;
        }

        var propertyAccess = present.Select(a => a.Method.Attributes).MaxBy(Rank);
        var first = present[0].Method;
        var signature = property.DecodeSignature(_names, generics);
        var name = _reader.GetString(property.Name);
        if (signature.ParameterTypes.Length > 0)
        {
            name += "[" + Parameters(first, first.DecodeSignature(_names, generics).ParameterTypes, signature.ParameterTypes.Length) + "]";
        }

        var accessorText = present.Select(a =>
        {
            var word = a.Kind == "set" && a.Method.DecodeSignature(_names, generics).ReturnType.Contains("System.Runtime.CompilerServices.IsExternalInit", StringComparison.Ordinal)
                ? "init"
                : a.Kind;
            var access = Access(a.Method.Attributes);
            return (access == Access(propertyAccess) ? word : access + " " + word) + "; ";
        });

        AttributeLine(Indent, property.GetCustomAttributes());
        Line(Indent + Join(Access(propertyAccess), Modifiers(first.Attributes, inInterface), signature.ReturnType, name) + " { " + string.Concat(accessorText) + "}");
    }

    private void Event(EventDefinition evt, GenericNames generics, bool inInterface)
    {
        var adder = evt.GetAccessors().Adder;
        if (adder.IsNil)
        {
            return;
        }

        var method = _reader.GetMethodDefinition(adder);
        if (!IsVisible(method.Attributes))
        {
            return;
        }

        AttributeLine(Indent, evt.GetCustomAttributes());
        Line(Indent + Join(Access(method.Attributes), Modifiers(method.Attributes, inInterface), "event", _names.Decode(_reader, evt.Type, generics), _reader.GetString(evt.Name)) + ";");
    }

    /// <summary><c>// explicit impl: Interface::instance ReturnType name(ParameterTypes)</c>, for private implementations only.</summary>
    private void ExplicitImplementation(MethodImplementation impl, GenericNames generics)
    {
        if (impl.MethodBody.Kind != HandleKind.MethodDefinition
            || IsVisible(_reader.GetMethodDefinition((MethodDefinitionHandle)impl.MethodBody).Attributes))
        {
            return;
        }

        string owner, name;
        MethodSignature<string> signature;
        if (impl.MethodDeclaration.Kind == HandleKind.MethodDefinition)
        {
            var declaration = _reader.GetMethodDefinition((MethodDefinitionHandle)impl.MethodDeclaration);
            var ownerDefinition = _reader.GetTypeDefinition(declaration.GetDeclaringType());
            owner = SurfaceTypeNames.FullName(_reader, declaration.GetDeclaringType());
            name = _reader.GetString(declaration.Name);
            signature = declaration.DecodeSignature(_names, SurfaceTypeNames.NamesOf(_reader, ownerDefinition.GetGenericParameters(), declaration.GetGenericParameters()));
        }
        else
        {
            var declaration = _reader.GetMemberReference((MemberReferenceHandle)impl.MethodDeclaration);
            owner = _names.Decode(_reader, declaration.Parent, generics);
            name = _reader.GetString(declaration.Name);
            signature = declaration.DecodeMethodSignature(_names, GenericNames.None);
        }

        Line(Indent + "// explicit impl: " + owner + "::" + (signature.Header.IsInstance ? "instance " : "") + signature.ReturnType + " " + name + "(" + string.Join(", ", signature.ParameterTypes) + ")");
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

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>Member lines: fields, methods and their parameters, properties, events, explicit implementations.</summary>
internal sealed partial class SurfacePrinter
{
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
}

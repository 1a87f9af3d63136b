using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection.Metadata;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>Constants, default values and custom attributes, spelled as in the official listing.</summary>
internal sealed class SurfaceValues : ICustomAttributeTypeProvider<string>
{
    private const string SystemType = "System.Type";
    private readonly MetadataReader _reader;
    private readonly SurfaceTypeNames _names;

    public SurfaceValues(MetadataReader reader, SurfaceTypeNames names)
    {
        _reader = reader;
        _names = names;
    }

    /// <summary>
    /// The listing prints a null default as "null" in quotes (EventId's <c>System.String name = "null"</c>),
    /// strings in quotes and booleans in lower case (<c>IsRequired=false</c>).
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => "\"null\"",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + c + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public string Constant(ConstantHandle handle)
    {
        var constant = _reader.GetConstant(handle);
        return Format(_reader.GetBlobReader(constant.Value).ReadConstant(constant.TypeCode));
    }

    /// <summary>All custom attributes of a member, each as <c>[Full.Name(args, Named=value)]</c>, space-separated.</summary>
    public string Attributes(CustomAttributeHandleCollection handles) =>
        string.Join(" ", handles.Select(h => Attribute(_reader.GetCustomAttribute(h))));

    private string Attribute(CustomAttribute attribute)
    {
        var type = AttributeTypeName(attribute.Constructor);
        string arguments;
        try
        {
            var value = attribute.DecodeValue(this);
            arguments = string.Join(", ",
                value.FixedArguments.Select(Argument)
                    .Concat(value.NamedArguments.Select(n => n.Name + "=" + Argument(new CustomAttributeTypedArgument<string>(n.Type, n.Value)))));
        }
        catch (Exception)
        {
            // An argument of an enum type this reader cannot size; attribute lines are informational only
            // (SurfaceListing leaves them out of the comparison), so they must not stop the listing.
            arguments = "?";
        }

        return "[" + type + "(" + arguments + ")]";
    }

    private static string Argument(CustomAttributeTypedArgument<string> argument) => argument.Value switch
    {
        ImmutableArray<CustomAttributeTypedArgument<string>> items => "{" + string.Join(", ", items.Select(Argument)) + "}",
        string s when argument.Type == SystemType => "\"" + s + "\"",
        null => "null",
        var v => Format(v),
    };

    private string AttributeTypeName(EntityHandle constructor)
    {
        if (constructor.Kind == HandleKind.MethodDefinition)
        {
            var method = _reader.GetMethodDefinition((MethodDefinitionHandle)constructor);
            return SurfaceTypeNames.FullName(_reader, method.GetDeclaringType());
        }

        var reference = _reader.GetMemberReference((MemberReferenceHandle)constructor);
        return _names.Decode(_reader, reference.Parent, GenericNames.None);
    }

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => _names.GetPrimitiveType(typeCode);

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => SurfaceTypeNames.FullName(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => SurfaceTypeNames.FullName(reader, handle);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetSystemType() => SystemType;

    public bool IsSystemType(string type) => type == SystemType;

    // typeof(X) arguments are stored as (possibly assembly-qualified) names; the listing shows the type name only.
    public string GetTypeFromSerializedName(string name)
    {
        var depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            switch (name[i])
            {
                case '[': depth++; break;
                case ']': depth--; break;
                case ',' when depth == 0: return name[..i];
            }
        }

        return name;
    }

    public PrimitiveTypeCode GetUnderlyingEnumType(string type)
    {
        foreach (var handle in _reader.TypeDefinitions)
        {
            if (SurfaceTypeNames.FullName(_reader, handle) != type)
            {
                continue;
            }

            foreach (var fieldHandle in _reader.GetTypeDefinition(handle).GetFields())
            {
                var field = _reader.GetFieldDefinition(fieldHandle);
                if ((field.Attributes & System.Reflection.FieldAttributes.Static) == 0)
                {
                    var underlying = field.DecodeSignature(_names, GenericNames.None);
                    return Enum.Parse<PrimitiveTypeCode>(underlying["System.".Length..]);
                }
            }
        }

        // Framework enums used in attributes (AttributeTargets and the like) are all Int32.
        return PrimitiveTypeCode.Int32;
    }
}

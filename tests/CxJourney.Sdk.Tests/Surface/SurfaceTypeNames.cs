using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace CxJourney.Sdk.Tests.Surface;

/// <summary>Names of the generic parameters in scope while a signature is decoded.</summary>
internal sealed record GenericNames(IReadOnlyList<string> TypeParameters, IReadOnlyList<string> MethodParameters)
{
    public static readonly GenericNames None = new([], []);
}

/// <summary>
/// Spells types the way the official listing does: full CLR names, '+' for nesting,
/// generic arity backticks and instantiations without spaces (DataCollection`2&lt;System.String,System.Object&gt;).
/// </summary>
internal sealed class SurfaceTypeNames : ISignatureTypeProvider<string, GenericNames>
{
    public static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var def = reader.GetTypeDefinition(handle);
        var name = reader.GetString(def.Name);
        var declaring = def.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return FullName(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(def.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string FullName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(reader, (TypeReferenceHandle)reference.ResolutionScope) + "+" + name;
        }

        var ns = reader.GetString(reference.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>A TypeDef, TypeRef or TypeSpec handle (base types, interfaces, constraints) as a name.</summary>
    public string Decode(MetadataReader reader, EntityHandle handle, GenericNames generics) => handle.Kind switch
    {
        HandleKind.TypeDefinition => FullName(reader, (TypeDefinitionHandle)handle),
        HandleKind.TypeReference => FullName(reader, (TypeReferenceHandle)handle),
        HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, generics),
        _ => throw new NotSupportedException("Not a type handle: " + handle.Kind),
    };

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode switch
    {
        PrimitiveTypeCode.IntPtr => "IntPtr",
        PrimitiveTypeCode.UIntPtr => "UIntPtr",
        _ => typeCode.ToString(),
    };

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => FullName(reader, handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => FullName(reader, handle);

    public string GetTypeFromSpecification(MetadataReader reader, GenericNames genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

    // Parameters turn the trailing '&' into 'out' or 'ref'.
    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetPinnedType(string elementType) => elementType;

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
        genericType + "<" + string.Join(",", typeArguments) + ">";

    public string GetGenericTypeParameter(GenericNames genericContext, int index) =>
        index < genericContext.TypeParameters.Count ? genericContext.TypeParameters[index] : "!" + index;

    public string GetGenericMethodParameter(GenericNames genericContext, int index) =>
        index < genericContext.MethodParameters.Count ? genericContext.MethodParameters[index] : "!!" + index;

    public string GetFunctionPointerType(MethodSignature<string> signature) =>
        "method " + signature.ReturnType + " *(" + string.Join(", ", signature.ParameterTypes) + ")";

    // The official listing has no modifiers; a required one in ours (init-only setter, 'in' parameter,
    // volatile field) changes the binary signature, so it must show and differ.
    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) =>
        isRequired ? unmodifiedType + " modreq(" + modifier + ")" : unmodifiedType;

    public static GenericNames NamesOf(MetadataReader reader, IEnumerable<GenericParameterHandle> typeParameters, IEnumerable<GenericParameterHandle> methodParameters) =>
        new(typeParameters.Select(h => reader.GetString(reader.GetGenericParameter(h).Name)).ToArray(),
            methodParameters.Select(h => reader.GetString(reader.GetGenericParameter(h).Name)).ToArray());
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace CxJourney.Cli.Checking;

/// <summary>A class of a plugin assembly as its metadata describes it.</summary>
public sealed record InspectedType(string FullName, bool IsPublic, bool IsAbstract, bool IsInterface, bool ImplementsIPlugin, bool IsCodeActivity);

/// <summary>The identity and classes of a built plugin assembly.</summary>
public sealed record InspectedAssembly(
    string Path,
    string Name,
    Version Version,
    string Culture,
    string? PublicKeyToken,
    bool IsStrongNameSigned,
    IReadOnlyDictionary<string, InspectedType> Types)
{
    /// <summary>"Name, Version=..., Culture=..., PublicKeyToken=..." as solution files write it.</summary>
    public string FullName => $"{Name}, Version={Version}, Culture={Culture}, PublicKeyToken={PublicKeyToken ?? "null"}";
}

/// <summary>
/// Reads a plugin assembly's metadata with System.Reflection.Metadata, without loading it: the
/// net462 binary cannot be loaded into this process, and loading would run its code.
/// </summary>
public static class AssemblyInspector
{
    private const string PluginInterface = "Microsoft.Xrm.Sdk.IPlugin";
    private const string WorkflowActivity = "System.Activities.CodeActivity";

    public static InspectedAssembly Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata) throw new BadImageFormatException($"{path} is not a .NET assembly.");
        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly) throw new BadImageFormatException($"{path} is a module, not an assembly.");

        var definition = reader.GetAssemblyDefinition();
        var publicKey = reader.GetBlobBytes(definition.PublicKey);
        var culture = reader.GetString(definition.Culture);
        var signed = pe.PEHeaders.CorHeader is { } cor && (cor.Flags & CorFlags.StrongNameSigned) != 0;

        var classifier = new Classifier(reader);
        var types = new Dictionary<string, InspectedType>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = classifier.FullName(handle);
            if (name == "<Module>") continue;
            var attributes = type.Attributes;
            var visibility = attributes & TypeAttributes.VisibilityMask;
            var isPublic = visibility == TypeAttributes.Public
                           || (visibility == TypeAttributes.NestedPublic && IsDeclaringChainPublic(reader, type));
            types[name] = new InspectedType(
                name,
                isPublic,
                (attributes & TypeAttributes.Abstract) != 0,
                (attributes & TypeAttributes.Interface) != 0,
                classifier.Implements(handle, PluginInterface),
                classifier.DerivesFrom(handle, WorkflowActivity));
        }

        return new InspectedAssembly(
            path,
            reader.GetString(definition.Name),
            definition.Version,
            culture.Length == 0 ? "neutral" : culture,
            publicKey.Length == 0 ? null : Token(publicKey),
            signed,
            types);
    }

    /// <summary>The public key token: the last eight bytes of the key's SHA-1, reversed (ECMA-335 II.6.2.1.3).</summary>
    private static string Token(byte[] publicKey)
    {
        var hash = SHA1.HashData(publicKey);
        var token = hash[^8..];
        Array.Reverse(token);
        return Convert.ToHexStringLower(token);
    }

    private static bool IsDeclaringChainPublic(MetadataReader reader, TypeDefinition type)
    {
        for (var current = type; ;)
        {
            var declaring = current.GetDeclaringType();
            if (declaring.IsNil) return (current.Attributes & TypeAttributes.VisibilityMask) is TypeAttributes.Public or TypeAttributes.NestedPublic;
            current = reader.GetTypeDefinition(declaring);
            if ((current.Attributes & TypeAttributes.VisibilityMask) is not (TypeAttributes.Public or TypeAttributes.NestedPublic)) return false;
        }
    }

    /// <summary>Walks base classes and interfaces inside the assembly; a type from another assembly is known only by its name.</summary>
    private sealed class Classifier
    {
        private readonly MetadataReader _reader;
        private readonly Dictionary<(TypeDefinitionHandle, string), bool> _implements = new();

        public Classifier(MetadataReader reader)
        {
            _reader = reader;
        }

        public string FullName(TypeDefinitionHandle handle)
        {
            var type = _reader.GetTypeDefinition(handle);
            var name = _reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil) return FullName(declaring) + "+" + name;
            var ns = _reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public bool Implements(TypeDefinitionHandle handle, string interfaceName)
        {
            if (_implements.TryGetValue((handle, interfaceName), out var known)) return known;
            _implements[(handle, interfaceName)] = false;
            var type = _reader.GetTypeDefinition(handle);
            var result = false;
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                var iface = _reader.GetInterfaceImplementation(implementation).Interface;
                if (NameOf(iface) == interfaceName) result = true;
                else if (Definition(iface) is { } local && Implements(local, interfaceName)) result = true;
                if (result) break;
            }
            if (!result && Definition(type.BaseType) is { } baseType) result = Implements(baseType, interfaceName);
            _implements[(handle, interfaceName)] = result;
            return result;
        }

        public bool DerivesFrom(TypeDefinitionHandle handle, string baseName)
        {
            var seen = new HashSet<TypeDefinitionHandle>();
            for (var current = handle; seen.Add(current);)
            {
                var baseType = _reader.GetTypeDefinition(current).BaseType;
                if (baseType.IsNil) return false;
                if (NameOf(baseType) == baseName) return true;
                if (Definition(baseType) is not { } next) return false;
                current = next;
            }
            return false;
        }

        /// <summary>The type definition behind a handle, looking through a generic instantiation (class Plugin : PluginBase&lt;T&gt;).</summary>
        private TypeDefinitionHandle? Definition(EntityHandle handle)
        {
            // A missing base type reads as a nil handle whose kind is still TypeDefinition.
            if (handle.IsNil) return null;
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return (TypeDefinitionHandle)handle;
                case HandleKind.TypeSpecification:
                    var generic = GenericDefinition((TypeSpecificationHandle)handle);
                    return generic is { Kind: HandleKind.TypeDefinition } definition ? (TypeDefinitionHandle)definition : null;
                default:
                    return null;
            }
        }

        private string? NameOf(EntityHandle handle)
        {
            if (handle.IsNil) return null;
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return FullName((TypeDefinitionHandle)handle);
                case HandleKind.TypeReference:
                    var reference = _reader.GetTypeReference((TypeReferenceHandle)handle);
                    var ns = _reader.GetString(reference.Namespace);
                    var name = _reader.GetString(reference.Name);
                    return ns.Length == 0 ? name : ns + "." + name;
                case HandleKind.TypeSpecification:
                    var generic = GenericDefinition((TypeSpecificationHandle)handle);
                    return generic is { } definition ? NameOf(definition) : null;
                default:
                    return null;
            }
        }

        private EntityHandle? GenericDefinition(TypeSpecificationHandle handle)
        {
            var blob = _reader.GetBlobReader(_reader.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return null;
            // ELEMENT_TYPE_CLASS and ELEMENT_TYPE_VALUETYPE both read as TypeHandle.
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.TypeHandle) return null;
            return blob.ReadTypeHandle();
        }
    }
}

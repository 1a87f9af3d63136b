using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CxJourney.Cli.Checking;

/// <summary>Something a method's IL does that a rule looks at: "constructs T", "calls T.M(args) after pushing a constant".</summary>
public sealed record IlUse(string Method, string Kind, string Type, string Member, string? ConstantBefore);

/// <summary>
/// What the IL of a built assembly does, read with System.Reflection.Metadata without loading it: for each of
/// its methods, the objects it constructs (newobj), the members it calls, the methods of the same assembly it
/// can reach (call, callvirt, newobj, ldftn: the call graph, which also follows lambdas and iterators), and
/// every type it references in another assembly. Virtual calls are followed to the method named in the IL and
/// to the overrides a plug-in type itself declares, which is how a plug-in base class reaches its subclass.
/// </summary>
public sealed class IlReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Dictionary<string, List<MethodDefinitionHandle>> _methodsByType = new(StringComparer.Ordinal);
    private readonly Dictionary<MethodDefinitionHandle, List<MethodDefinitionHandle>> _calls = new();
    private readonly Dictionary<MethodDefinitionHandle, List<IlUse>> _uses = new();
    private readonly Dictionary<string, string?> _baseTypes = new(StringComparer.Ordinal);

    private IlReferences() { }

    /// <summary>Full names of the types the assembly references in other assemblies, by assembly name.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> ReferencedTypes { get; private set; } = new Dictionary<string, IReadOnlySet<string>>();

    public static IlReferences Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var result = new IlReferences();
        var names = new TypeNames(reader);

        var referenced = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var handle in reader.TypeReferences)
        {
            var reference = reader.GetTypeReference(handle);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference) scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            if (scope.Kind != HandleKind.AssemblyReference) continue;
            var assembly = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
            if (!referenced.TryGetValue(assembly, out var set)) referenced[assembly] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(names.Of(handle));
        }
        result.ReferencedTypes = referenced.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.OrdinalIgnoreCase);

        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            var typeName = names.Of(typeHandle);
            result._baseTypes[typeName] = type.BaseType.IsNil ? null : names.Of(type.BaseType);
            var methods = new List<MethodDefinitionHandle>();
            result._methodsByType[typeName] = methods;
            foreach (var methodHandle in type.GetMethods())
            {
                methods.Add(methodHandle);
                var method = reader.GetMethodDefinition(methodHandle);
                var calls = new List<MethodDefinitionHandle>();
                var uses = new List<IlUse>();
                result._calls[methodHandle] = calls;
                result._uses[methodHandle] = uses;
                if (method.RelativeVirtualAddress == 0) continue;
                var label = typeName + "." + reader.GetString(method.Name);
                Scan(reader, names, pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader(), label, calls, uses);
            }
        }
        return result;
    }

    /// <summary>What the methods of <paramref name="typeFullName"/> (and the base types this assembly defines) can reach do.</summary>
    public IReadOnlyList<IlUse> ReachableFrom(string typeFullName)
    {
        var start = new List<MethodDefinitionHandle>();
        for (string? type = typeFullName; type is not null && _methodsByType.TryGetValue(type, out var methods); type = _baseTypes.GetValueOrDefault(type))
            start.AddRange(methods);
        var seen = new HashSet<MethodDefinitionHandle>();
        var pending = new Stack<MethodDefinitionHandle>(start);
        var found = new List<IlUse>();
        while (pending.Count > 0)
        {
            var method = pending.Pop();
            if (!seen.Add(method)) continue;
            found.AddRange(_uses.GetValueOrDefault(method) ?? []);
            foreach (var callee in _calls.GetValueOrDefault(method) ?? []) pending.Push(callee);
        }
        return found;
    }

    /// <summary>Everything every method of the assembly does.</summary>
    public IEnumerable<IlUse> AllUses => _uses.Values.SelectMany(u => u);

    private static void Scan(MetadataReader reader, TypeNames names, BlobReader il, string label, List<MethodDefinitionHandle> calls, List<IlUse> uses)
    {
        string? constant = null;
        while (il.RemainingBytes > 0)
        {
            short value = il.ReadByte();
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il.ReadByte()));
            if (!OpCodesByValue.TryGetValue(value, out var op)) return; // not IL we understand: stop, never guess
            string? next = null;
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    if (op == OpCodes.Ldc_I4_0) next = "0";
                    else if (op == OpCodes.Ldc_I4_1) next = "1";
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineVar:
                    il.ReadByte();
                    break;
                case OperandType.ShortInlineI:
                    next = il.ReadSByte().ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case OperandType.InlineVar:
                    il.ReadInt16();
                    break;
                case OperandType.InlineI:
                    next = il.ReadInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    il.ReadInt64();
                    break;
                case OperandType.ShortInlineR:
                    il.ReadSingle();
                    break;
                case OperandType.InlineSwitch:
                    var count = il.ReadInt32();
                    for (var i = 0; i < count; i++) il.ReadInt32();
                    break;
                case OperandType.InlineString:
                    next = reader.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32()));
                    break;
                case OperandType.InlineMethod:
                    var token = MetadataTokens.EntityHandle(il.ReadInt32());
                    Method(reader, names, token, out var declaring, out var member, out var own);
                    if (own is MethodDefinitionHandle callee) calls.Add(callee);
                    if (op == OpCodes.Newobj) uses.Add(new IlUse(label, "new", declaring, member, constant));
                    else if (op == OpCodes.Call || op == OpCodes.Callvirt) uses.Add(new IlUse(label, "call", declaring, member, constant));
                    break;
                default: // InlineBrTarget, InlineField, InlineSig, InlineTok, InlineType
                    var other = il.ReadInt32();
                    if (op.OperandType == OperandType.InlineType || op.OperandType == OperandType.InlineTok)
                    {
                        var typeToken = MetadataTokens.EntityHandle(other);
                        if (typeToken.Kind is HandleKind.TypeReference or HandleKind.TypeDefinition)
                            uses.Add(new IlUse(label, "type", names.Of(typeToken), op.Name ?? "", constant));
                    }
                    break;
            }
            constant = next;
        }
    }

    private static void Method(MetadataReader reader, TypeNames names, EntityHandle token, out string declaring, out string member, out MethodDefinitionHandle? own)
    {
        own = null;
        switch (token.Kind)
        {
            case HandleKind.MethodDefinition:
                var definition = reader.GetMethodDefinition((MethodDefinitionHandle)token);
                own = (MethodDefinitionHandle)token;
                declaring = names.Of(definition.GetDeclaringType());
                member = reader.GetString(definition.Name);
                return;
            case HandleKind.MemberReference:
                var reference = reader.GetMemberReference((MemberReferenceHandle)token);
                member = reader.GetString(reference.Name);
                declaring = reference.Parent.Kind switch
                {
                    HandleKind.TypeReference or HandleKind.TypeDefinition or HandleKind.TypeSpecification => names.Of((EntityHandle)reference.Parent),
                    _ => "",
                };
                return;
            case HandleKind.MethodSpecification:
                Method(reader, names, reader.GetMethodSpecification((MethodSpecificationHandle)token).Method, out declaring, out member, out own);
                return;
            default:
                declaring = "";
                member = "";
                return;
        }
    }

    /// <summary>Full CLR names ("Namespace.Outer+Inner") of type handles; generic instantiations by their generic type.</summary>
    private sealed class TypeNames
    {
        private readonly MetadataReader _reader;

        public TypeNames(MetadataReader reader) { _reader = reader; }

        public string Of(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => Of((TypeDefinitionHandle)handle),
            HandleKind.TypeReference => Of((TypeReferenceHandle)handle),
            HandleKind.TypeSpecification => OfSpecification((TypeSpecificationHandle)handle),
            _ => "",
        };

        public string Of(TypeDefinitionHandle handle)
        {
            var type = _reader.GetTypeDefinition(handle);
            var name = _reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil) return Of(declaring) + "+" + name;
            var ns = _reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string Of(TypeReferenceHandle handle)
        {
            var type = _reader.GetTypeReference(handle);
            var name = _reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference) return Of((TypeReferenceHandle)type.ResolutionScope) + "+" + name;
            var ns = _reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private string OfSpecification(TypeSpecificationHandle handle)
        {
            // A generic instantiation: GENERICINST (CLASS|VALUETYPE) TypeDefOrRef ...; other shapes (arrays) have no single type.
            var blob = _reader.GetBlobReader(_reader.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return "";
            blob.ReadSignatureTypeCode();
            return Of(blob.ReadTypeHandle());
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CxJourney.Architecture.Tests.Support;

/// <summary>One use of a type by a type: who (the using type's namespace and name) uses what (a type, or a namespace it imports).</summary>
public sealed record TypeReference(string FromNamespace, string FromType, string ToAssembly, string ToNamespace, string ToType)
{
    public override string ToString() => $"{FromType} -> {ToNamespace}.{ToType} ({ToAssembly})";
}

/// <summary>
/// Every type a built assembly's types use: base types, interfaces, fields, properties, method signatures,
/// locals, and every type, method and field token in the method bodies' IL. Constants are inlined by the
/// compiler and leave no token, so the `using` directives recorded in the portable PDB are read too
/// (<see cref="Imports"/>): a file that imports a namespace counts as using it.
/// </summary>
public static class TypeReferences
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>The types each type of <paramref name="assembly"/> uses, keyed on nothing: one row a use (rows repeat).</summary>
    public static IEnumerable<TypeReference> Of(Assembly assembly)
    {
        foreach (Type type in assembly.GetTypes())
        {
            string? fromNamespace = type.Namespace;
            if (fromNamespace is null) continue; // <Module>, <PrivateImplementationDetails>
            string fromType = Outermost(type).Name;
            foreach (Type used in Used(type).SelectMany(Expand))
            {
                Type target = Outermost(used);
                if (target.IsGenericParameter || target.Namespace is null) continue;
                yield return new TypeReference(fromNamespace, fromType, target.Assembly.GetName().Name!, target.Namespace, target.Name);
            }
        }
    }

    /// <summary>
    /// The namespaces each type's methods import with `using` (from the portable PDB beside the assembly), as
    /// references to a type named "*". Only methods with a body have an import scope in the PDB.
    /// </summary>
    public static IEnumerable<TypeReference> Imports(Assembly assembly)
    {
        string pdbPath = Path.ChangeExtension(assembly.Location, ".pdb");
        if (!File.Exists(pdbPath)) throw new FileNotFoundException($"No portable PDB beside {assembly.Location}.", pdbPath);
        using var peStream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(peStream);
        MetadataReader metadata = pe.GetMetadataReader();
        using var pdbStream = File.OpenRead(pdbPath);
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        MetadataReader pdb = provider.GetMetadataReader();
        var rows = new HashSet<TypeReference>();
        foreach (LocalScopeHandle handle in pdb.LocalScopes)
        {
            LocalScope scope = pdb.GetLocalScope(handle);
            TypeDefinition type = metadata.GetTypeDefinition(metadata.GetMethodDefinition(scope.Method).GetDeclaringType());
            while (type.GetDeclaringType() is { IsNil: false } outer) type = metadata.GetTypeDefinition(outer);
            string fromNamespace = metadata.GetString(type.Namespace);
            string fromType = metadata.GetString(type.Name);
            for (ImportScopeHandle scopeHandle = scope.ImportScope; !scopeHandle.IsNil; scopeHandle = pdb.GetImportScope(scopeHandle).Parent)
            {
                foreach (ImportDefinition import in pdb.GetImportScope(scopeHandle).GetImports())
                {
                    if (import.Kind != ImportDefinitionKind.ImportNamespace || import.TargetNamespace.IsNil) continue;
                    BlobReader blob = pdb.GetBlobReader(import.TargetNamespace);
                    rows.Add(new TypeReference(fromNamespace, fromType, "", blob.ReadUTF8(blob.Length), "*"));
                }
            }
        }
        return rows;
    }

    private static Type Outermost(Type type)
    {
        while (type.IsNested && type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    /// <summary>The type itself, its generic arguments and element types, recursively.</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (Type inner in Expand(type.GetElementType()!)) yield return inner;
            yield break;
        }
        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (Type argument in type.GetGenericArguments())
                foreach (Type inner in Expand(argument)) yield return inner;
        }
    }

    private static IEnumerable<Type> Used(Type type)
    {
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (Type implemented in type.GetInterfaces()) yield return implemented;
        foreach (FieldInfo field in type.GetFields(Declared)) yield return field.FieldType;
        foreach (PropertyInfo property in type.GetProperties(Declared)) yield return property.PropertyType;
        foreach (MethodBase method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info) yield return info.ReturnType;
            foreach (ParameterInfo parameter in method.GetParameters()) yield return parameter.ParameterType;
            MethodBody? body;
            try { body = method.GetMethodBody(); }
            catch (InvalidOperationException) { continue; }
            if (body is null) continue;
            foreach (LocalVariableInfo local in body.LocalVariables) yield return local.LocalType;
            foreach (Type used in InBody(method, body.GetILAsByteArray() ?? Array.Empty<byte>())) yield return used;
        }
    }

    /// <summary>The types named by the type, field and method tokens of one method body.</summary>
    private static IEnumerable<Type> InBody(MethodBase method, byte[] il)
    {
        Module module = method.Module;
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE) value = (short)(0xFE00 | il[position++]);
            OpCode opCode = OpCodesByValue[value];
            int size = OperandSize(opCode.OperandType, il, position);
            if (opCode.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, position);
                MemberInfo? member = module.ResolveMember(token, typeArguments, methodArguments);
                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case FieldInfo f:
                        if (f.DeclaringType is not null) yield return f.DeclaringType;
                        yield return f.FieldType;
                        break;
                    case MethodBase m:
                        if (m.DeclaringType is not null) yield return m.DeclaringType;
                        if (m is MethodInfo mi)
                        {
                            yield return mi.ReturnType;
                            if (mi.IsGenericMethod) foreach (Type argument in mi.GetGenericArguments()) yield return argument;
                        }
                        foreach (ParameterInfo parameter in m.GetParameters()) yield return parameter.ParameterType;
                        break;
                }
            }
            position += size;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };
}

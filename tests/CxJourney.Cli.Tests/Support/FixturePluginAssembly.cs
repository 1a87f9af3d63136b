using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Cli.Tests.Support;

/// <summary>
/// A small "CxJourney.Plugins" binary for the fixture solutions, emitted once per test run: the
/// fixtures must not depend on the classes the real plugin project happens to have today. It
/// carries the real project's public key (so its token is 6a6ac2eece775c20, as the fixtures say)
/// and the strong-name-signed flag; its signature bytes are blank, which the checker never reads.
/// </summary>
internal static class FixturePluginAssembly
{
    public const string AssemblyName = "CxJourney.Plugins";
    public const string ScoreTouchpoint = "CxJourney.Plugins.ScoreTouchpoint";
    public const string RecordContactCreated = "CxJourney.Plugins.RecordContactCreated";
    public const string NotAPlugin = "CxJourney.Plugins.NotAPlugin";

    private static readonly Lazy<string> Signed = new(() => Emit(signed: true));
    private static readonly Lazy<string> Unsigned = new(() => Emit(signed: false));
    private static readonly Lazy<string> Violating = new(() => Emit(signed: true, violations: true));

    /// <summary>
    /// The same classes, but ScoreTouchpoint.Execute calls a static helper of the assembly that constructs an
    /// UpsertMultipleRequest (il-avoid-batch-plugin when ScoreTouchpoint runs in a synchronous step), a
    /// ColumnSet(true) (il-specify-column), tests for IPluginExecutionContext4 (absent from SDK 9.0.2.9), and sends
    /// SetState by name, takes a lock and touches a thread (il-avoid-specialized-update-ops, -lock-, -parallel-).
    /// </summary>
    public static string ViolatingPath => Violating.Value;

    /// <summary>
    /// The binary: ScoreTouchpoint implements IPlugin, RecordContactCreated through an abstract base
    /// class of the assembly, NotAPlugin does not.
    /// </summary>
    public static string Path => Signed.Value;

    /// <summary>The same classes without a public key or signature.</summary>
    public static string UnsignedPath => Unsigned.Value;

    private static string Emit(bool signed, bool violations = false)
    {
        var name = new AssemblyName(AssemblyName) { Version = new Version(1, 0, 0, 0), CultureInfo = CultureInfo.InvariantCulture };
        if (signed) name.SetPublicKey(RealPublicKey());
        var assembly = new PersistedAssemblyBuilder(name, typeof(object).Assembly);
        var module = assembly.DefineDynamicModule(AssemblyName + ".dll");

        MethodInfo? helper = violations ? DefineWriter(module) : null;
        Define(module, ScoreTouchpoint, typeof(object), implementsPlugin: true, calls: helper);
        var pluginBase = Define(module, "CxJourney.Plugins.Infrastructure.FixturePluginBase", typeof(object), implementsPlugin: true, isAbstract: true);
        Define(module, RecordContactCreated, pluginBase, implementsPlugin: false);
        Define(module, NotAPlugin, typeof(object), implementsPlugin: false);

        var metadata = assembly.GenerateMetadata(out var il, out var fieldData);
        var flags = CorFlags.ILOnly | (signed ? CorFlags.StrongNameSigned : 0);
        var pe = new ManagedPEBuilder(
            new PEHeaderBuilder(imageCharacteristics: Characteristics.Dll | Characteristics.ExecutableImage),
            new MetadataRootBuilder(metadata), il, fieldData, flags: flags, strongNameSignatureSize: signed ? 128 : 0,
            deterministicIdProvider: content => new BlobContentId(Guid.Empty, 0x5eed));
        var image = new BlobBuilder();
        pe.Serialize(image);

        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cxjourney-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, AssemblyName + ".dll");
        using var file = File.Create(path);
        image.WriteContentTo(file);
        return path;
    }

    /// <summary>A static helper two calls away from Execute: the checker must follow the call graph to find it.</summary>
    private static MethodInfo DefineWriter(ModuleBuilder module)
    {
        var type = module.DefineType("CxJourney.Plugins.Writing.BulkWriter", TypeAttributes.NotPublic | TypeAttributes.Class | TypeAttributes.Abstract | TypeAttributes.Sealed, typeof(object));
        var write = type.DefineMethod("Write", MethodAttributes.Assembly | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        var il = write.GetILGenerator();
        il.Emit(OpCodes.Newobj, typeof(Microsoft.Xrm.Sdk.Messages.UpsertMultipleRequest).GetConstructor(Type.EmptyTypes)!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Newobj, typeof(Microsoft.Xrm.Sdk.Query.ColumnSet).GetConstructor([typeof(bool)])!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Isinst, typeof(IPluginExecutionContext4));
        il.Emit(OpCodes.Pop);
        // A specialized update by name, a lock and a thread: il-avoid-specialized-update-ops, -lock-, -parallel-.
        il.Emit(OpCodes.Ldstr, "SetState");
        il.Emit(OpCodes.Newobj, typeof(OrganizationRequest).GetConstructor([typeof(string)])!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Call, typeof(System.Threading.Monitor).GetMethod(nameof(System.Threading.Monitor.Enter), [typeof(object)])!);
        il.Emit(OpCodes.Call, typeof(System.Threading.Thread).GetProperty(nameof(System.Threading.Thread.CurrentThread))!.GetMethod!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ret);
        var outer = type.DefineMethod("Flush", MethodAttributes.Assembly | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        var outerIl = outer.GetILGenerator();
        outerIl.Emit(OpCodes.Call, write);
        outerIl.Emit(OpCodes.Ret);
        type.CreateType();
        return outer;
    }

    private static Type Define(ModuleBuilder module, string fullName, Type parent, bool implementsPlugin, bool isAbstract = false, MethodInfo? calls = null)
    {
        var attributes = TypeAttributes.Public | TypeAttributes.Class | (isAbstract ? TypeAttributes.Abstract : 0);
        var type = module.DefineType(fullName, attributes, parent, implementsPlugin ? [typeof(IPlugin)] : Type.EmptyTypes);
        if (implementsPlugin)
        {
            var execute = type.DefineMethod("Execute", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
                typeof(void), [typeof(IServiceProvider)]);
            var body = execute.GetILGenerator();
            if (calls is not null) body.Emit(OpCodes.Call, calls);
            body.Emit(OpCodes.Ret);
            type.DefineMethodOverride(execute, typeof(IPlugin).GetMethod(nameof(IPlugin.Execute))!);
        }
        type.DefineDefaultConstructor(MethodAttributes.Public);
        return type.CreateType();
    }

    /// <summary>The public key of the real plugin assembly, which the build copies beside the tests.</summary>
    private static byte[] RealPublicKey()
    {
        var real = System.IO.Path.Combine(AppContext.BaseDirectory, AssemblyName + ".dll");
        using var stream = File.OpenRead(real);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.GetBlobBytes(reader.GetAssemblyDefinition().PublicKey);
    }
}

using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using CxJourney.Tests.Shared;

namespace CxJourney.Plugins.Tests;

/// <summary>
/// The net462 build is the file an admin registers. Dataverse binds its Microsoft.Xrm.Sdk reference
/// to the official assembly and only registers strong-name signed assemblies:
/// https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#assembly-signing (signing requirement)
/// </summary>
public class DeployedAssemblyTests
{
    private static readonly string DeployedDll = RepoPaths.Output("Plugins/CxJourney.Plugins", "net462", "CxJourney.Plugins.dll");

    [Fact]
    public void Deployed_assembly_references_exactly_the_official_sdk_identity()
    {
        using var pe = new PEReader(File.OpenRead(DeployedDll));
        var md = pe.GetMetadataReader();
        var sdkRefs = md.AssemblyReferences.Select(md.GetAssemblyReference)
            .Where(r => md.GetString(r.Name) == "Microsoft.Xrm.Sdk").ToList();

        var sdk = Assert.Single(sdkRefs);
        Assert.Equal(new Version(9, 0, 0, 0), sdk.Version);
        Assert.Equal("", md.GetString(sdk.Culture));
        Assert.Equal("31bf3856ad364e35", Convert.ToHexString(md.GetBlobBytes(sdk.PublicKeyOrToken)).ToLowerInvariant());
    }

    [Fact]
    public void Deployed_assembly_references_only_the_sdk_and_the_framework()
    {
        using var pe = new PEReader(File.OpenRead(DeployedDll));
        var md = pe.GetMetadataReader();
        var names = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToList();

        // The sandbox loads nothing but the SDK and .NET Framework assemblies.
        string[] allowed = ["mscorlib", "System", "System.Core", "System.ServiceModel", "System.Runtime.Serialization", "Microsoft.Xrm.Sdk"];
        Assert.Empty(names.Except(allowed));
        Assert.Contains("mscorlib", names);
    }

    [Fact]
    public void Deployed_assembly_is_strong_name_signed_with_its_own_key()
    {
        using var pe = new PEReader(File.OpenRead(DeployedDll));
        var md = pe.GetMetadataReader();
        var definition = md.GetAssemblyDefinition();
        var publicKey = md.GetBlobBytes(definition.PublicKey);
        Assert.NotEmpty(publicKey);

        var token = PublicKeyToken(publicKey);
        Assert.NotEqual("31bf3856ad364e35", token);
        Assert.Equal(16, token.Length);

        // Fully signed, not public-signed: the CLI header says so and the signature directory is filled.
        var cor = pe.PEHeaders.CorHeader!;
        Assert.True(cor.Flags.HasFlag(CorFlags.StrongNameSigned));
        Assert.True(cor.StrongNameSignatureDirectory.Size > 0);
        var signature = pe.GetSectionData(cor.StrongNameSignatureDirectory.RelativeVirtualAddress).GetContent(0, cor.StrongNameSignatureDirectory.Size);
        Assert.Contains(signature, b => b != 0);
    }

    [Fact]
    public void Deployed_assembly_targets_net_framework_462()
    {
        using var pe = new PEReader(File.OpenRead(DeployedDll));
        var md = pe.GetMetadataReader();
        var frameworkAttribute = md.CustomAttributes.Select(md.GetCustomAttribute)
            .Select(a => md.GetBlobBytes(a.Value))
            .Select(b => System.Text.Encoding.UTF8.GetString(b))
            .FirstOrDefault(s => s.Contains(".NETFramework,Version="));
        Assert.NotNull(frameworkAttribute);
        Assert.Contains(".NETFramework,Version=v4.6.2", frameworkAttribute);
    }

    private static string PublicKeyToken(byte[] publicKey)
    {
        var hash = SHA1.HashData(publicKey);
        return Convert.ToHexString(hash.Skip(hash.Length - 8).Reverse().ToArray()).ToLowerInvariant();
    }
}

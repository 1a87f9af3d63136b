using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel;

/// <summary>
/// A plugin assembly, from PluginAssemblies/&lt;Name&gt;-&lt;GUID&gt;/&lt;Name&gt;.dll.data.xml. The
/// binary is not part of Solution/ in source control: <see cref="AssemblyFile"/> says where the
/// packer puts it.
/// </summary>
public sealed record PluginAssemblyDefinition
{
    /// <summary>The FullName attribute: "Name, Version=..., Culture=..., PublicKeyToken=...".</summary>
    public required string FullName { get; init; }
    public required string Name { get; init; }
    public string? Version { get; init; }
    public string? Culture { get; init; }
    public string? PublicKeyToken { get; init; }
    public required Guid Id { get; init; }

    /// <summary>2 sandbox (the only mode Dataverse online accepts), 1 none.</summary>
    public int IsolationMode { get; init; }

    /// <summary>0 database.</summary>
    public int SourceType { get; init; }
    public string? IntroducedVersion { get; init; }

    /// <summary>&lt;FileName&gt; as written: /PluginAssemblies/&lt;Name&gt;-&lt;GUID&gt;/&lt;Name&gt;.dll.</summary>
    public string? FileName { get; init; }

    /// <summary>Where the binary goes, relative to the solution folder (FileName without its leading slash).</summary>
    public string? AssemblyFile { get; init; }
    public required IReadOnlyList<PluginTypeDefinition> PluginTypes { get; init; }
    public required SourceLocation Source { get; init; }

    public override string ToString() => FullName;
}

/// <summary>A &lt;PluginType&gt; of an assembly.</summary>
public sealed record PluginTypeDefinition
{
    /// <summary>The Name attribute: the type's full name (Namespace.Class).</summary>
    public required string TypeName { get; init; }
    public required string AssemblyQualifiedName { get; init; }
    public required Guid Id { get; init; }
    public string? FriendlyName { get; init; }
    public string? Description { get; init; }
    public string? WorkflowActivityGroupName { get; init; }
    public required SourceLocation Source { get; init; }

    public override string ToString() => TypeName;
}

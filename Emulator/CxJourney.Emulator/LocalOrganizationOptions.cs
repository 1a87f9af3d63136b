using System;
using System.Collections.Generic;
using System.Reflection;
using CxJourney.SolutionModel.Catalog;

namespace CxJourney.Emulator;

/// <summary>How to build a <see cref="LocalOrganization"/>.</summary>
public sealed record LocalOrganizationOptions
{
    /// <summary>An unpacked solution folder (Solution/) whose tables join the standard ones. Ignored when <see cref="Metadata"/> is set.</summary>
    public string? SolutionFolder { get; init; }

    /// <summary>
    /// Solutions imported after <see cref="SolutionFolder"/>, in order, that layer on it (SalesSolution/:
    /// plug-in steps whose plug-in types the first solution's assembly holds). Their steps run too.
    /// </summary>
    public IReadOnlyList<string> AddOnSolutionFolders { get; init; } = System.Array.Empty<string>();

    /// <summary>The metadata to use; default: the standard tables, plus <see cref="SolutionFolder"/> when given.</summary>
    public MetadataCatalog? Metadata { get; init; }

    /// <summary>The organization's clock; default: frozen at 2024-01-01T09:00:00Z so tests are reproducible.</summary>
    public OrganizationClock? Clock { get; init; }

    /// <summary>When set, record ids come from a fixed sequence, so the same run produces the same ids.</summary>
    public int? IdSeed { get; init; }

    /// <summary>The organization's name (the root business unit and organization rows are named after it).</summary>
    public string Name { get; init; } = "localorg";

    /// <summary>
    /// The built plug-in assemblies. When set, the organization runs the plug-in steps of
    /// <see cref="SolutionFolder"/>, bound to these assemblies' classes (see Pipeline.PluginPipeline).
    /// </summary>
    public IReadOnlyList<Assembly>? PluginAssemblies { get; init; }

    /// <summary>Limits and secure configurations of the plug-in pipeline; default: the platform's.</summary>
    public Pipeline.PipelineSettings? Pipeline { get; init; }

    /// <summary>
    /// How long the index of each alternate key <see cref="SolutionFolder"/> defines takes to build after the
    /// import: until the organization's clock passes it (or <see cref="LocalOrganization.ActivateAlternateKeys"/>),
    /// the key is Pending and requests that use it fail, as in Dataverse. Null: the keys are Active at once.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity
    public TimeSpan? AlternateKeyIndexBuild { get; init; }
}

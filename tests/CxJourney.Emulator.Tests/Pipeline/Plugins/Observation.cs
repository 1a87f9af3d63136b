using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Tests.Pipeline.Plugins;

/// <summary>What a <see cref="RecordingPlugin"/> saw in one run: copies, so later stages cannot change them.</summary>
public sealed record Observation
{
    public required string Label { get; init; }
    public string? Unsecure { get; init; }
    public string? Secure { get; init; }
    public int InstanceId { get; init; }
    public int ThreadId { get; init; }
    public required string MessageName { get; init; }
    public required string PrimaryEntityName { get; init; }
    public Guid PrimaryEntityId { get; init; }
    public int Stage { get; init; }
    public int Mode { get; init; }
    public int Depth { get; init; }
    public Guid UserId { get; init; }
    public Guid InitiatingUserId { get; init; }
    public Guid BusinessUnitId { get; init; }
    public Guid OrganizationId { get; init; }
    public string? OrganizationName { get; init; }
    public Guid CorrelationId { get; init; }
    public Guid? RequestId { get; init; }
    public bool IsInTransaction { get; init; }
    public DateTime OperationCreatedOn { get; init; }
    public Guid OperationId { get; init; }
    public EntityReference? OwningExtension { get; init; }
    public Entity? Target { get; init; }
    public EntityReference? TargetReference { get; init; }
    public IReadOnlyList<Entity> Targets { get; init; } = [];
    public IReadOnlyDictionary<string, object?> Input { get; init; } = new Dictionary<string, object?>();
    public IReadOnlyDictionary<string, object?> Output { get; init; } = new Dictionary<string, object?>();
    public IReadOnlyDictionary<string, object?> Shared { get; init; } = new Dictionary<string, object?>();
    public IReadOnlyDictionary<string, Entity> PreImages { get; init; } = new Dictionary<string, Entity>();
    public IReadOnlyDictionary<string, Entity> PostImages { get; init; } = new Dictionary<string, Entity>();
    public IReadOnlyList<IReadOnlyDictionary<string, Entity>> PreImagesCollection { get; init; } = [];
    public IReadOnlyList<IReadOnlyDictionary<string, Entity>> PostImagesCollection { get; init; } = [];
    public ObservedParent? Parent { get; init; }

    /// <summary>The service types the provider answered with an object.</summary>
    public IReadOnlyList<string> ServicesAnswered { get; init; } = [];

    public bool OtherServicesAreNull { get; init; }

    internal static IReadOnlyDictionary<string, object?> Copy(ParameterCollection parameters) =>
        parameters.ToDictionary(p => p.Key, p => RowCopy.CloneValue(p.Value));

    internal static IReadOnlyDictionary<string, Entity> Copy(EntityImageCollection images) =>
        images.ToDictionary(p => p.Key, p => RowCopy.Clone(p.Value));
}

/// <summary>The parent context as a plug-in saw it.</summary>
public sealed record ObservedParent(int Stage, string MessageName, string PrimaryEntityName, int Depth, IReadOnlyDictionary<string, object?> Shared, ObservedParent? Parent)
{
    internal static ObservedParent? Of(IPluginExecutionContext? context) => context is null
        ? null
        : new ObservedParent(context.Stage, context.MessageName, context.PrimaryEntityName, context.Depth, Observation.Copy(context.SharedVariables), Of(context.ParentContext));
}

/// <summary>Observations per organization, so test classes running in parallel never see each other's.</summary>
public static class Observations
{
    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<Observation>> ByOrganization = new();

    public static IReadOnlyList<Observation> For(Guid organizationId) =>
        ByOrganization.TryGetValue(organizationId, out ConcurrentQueue<Observation>? queue) ? queue.ToArray() : [];

    public static IReadOnlyList<Observation> For(Guid organizationId, string label) => For(organizationId).Where(o => o.Label == label).ToList();

    internal static void Add(Observation observation) =>
        ByOrganization.GetOrAdd(observation.OrganizationId, _ => new ConcurrentQueue<Observation>()).Enqueue(observation);
}

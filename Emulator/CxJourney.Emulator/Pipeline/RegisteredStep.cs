using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// A step of Solution/ bound to its plug-in class. The plug-in is constructed once, on first use,
/// with the step's (unsecure, secure) configuration, and that one instance serves every call on
/// every thread, as Dataverse caches it; a plug-in that keeps state in fields is caught by tests.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/develop-iplugin-implementations-stateless
public sealed class RegisteredStep
{
    private readonly Lazy<IPlugin> _instance;
    private int _constructed;

    internal RegisteredStep(PluginStepDefinition definition, Type pluginType, ConstructorInfo constructor, string? secureConfiguration, int order)
    {
        Definition = definition;
        PluginType = pluginType;
        SecureConfiguration = secureConfiguration;
        Order = order;
        FilteringAttributes = new HashSet<string>(definition.FilteringAttributes.Select(a => a.Trim().ToLowerInvariant()).Where(a => a.Length > 0), StringComparer.Ordinal);
        OwningExtension = new EntityReference("sdkmessageprocessingstep", definition.Id) { Name = definition.Name };
        _instance = new Lazy<IPlugin>(() => Construct(constructor), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public PluginStepDefinition Definition { get; }

    public Guid Id => Definition.Id;

    public string Name => Definition.Name;

    public string MessageName => Definition.MessageName;

    /// <summary>The table the step is registered on, or null for any table.</summary>
    public string? PrimaryEntity => Definition.PrimaryEntity;

    public PluginStepStage Stage => Definition.Stage;

    public PluginStepMode Mode => Definition.Mode;

    public bool IsAsync => Definition.Mode == PluginStepMode.Asynchronous;

    public int Rank => Definition.Rank;

    public Type PluginType { get; }

    public string? UnsecureConfiguration => Definition.Configuration;

    public string? SecureConfiguration { get; }

    public IReadOnlySet<string> FilteringAttributes { get; }

    public IReadOnlyList<StepImageDefinition> Images => Definition.Images;

    /// <summary>What the execution context's OwningExtension names: the step.</summary>
    public EntityReference OwningExtension { get; }

    /// <summary>How many times the plug-in class was constructed for this step (0 before first use, then 1).</summary>
    public int InstancesCreated => Volatile.Read(ref _constructed);

    /// <summary>The one plug-in instance of this step.</summary>
    public IPlugin Instance => _instance.Value;

    /// <summary>Position in Solution/ (file order): the tie-break between steps of equal rank.</summary>
    internal int Order { get; }

    internal bool HasPreImages => Definition.Images.Any(i => i.IsPreImage);

    internal bool HasPostImages => Definition.Images.Any(i => i.IsPostImage);

    public override string ToString() => Name;

    private IPlugin Construct(ConstructorInfo constructor)
    {
        object?[] arguments = constructor.GetParameters().Length switch
        {
            2 => [UnsecureConfiguration, SecureConfiguration],
            1 => [UnsecureConfiguration],
            _ => [],
        };
        try
        {
            var plugin = (IPlugin)constructor.Invoke(arguments);
            Interlocked.Increment(ref _constructed);
            return plugin;
        }
        catch (TargetInvocationException failed) when (failed.InnerException is not null)
        {
            throw new InvalidPluginExecutionException($"The plug-in type '{PluginType.FullName}' of step '{Name}' could not be constructed: {failed.InnerException.Message}", failed.InnerException);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Catalog;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Pipeline;

/// <summary>
/// What Dataverse checks when a step is registered, so that a registration the platform would
/// refuse is refused here at load rather than silently running in tests.
/// </summary>
internal static class StepRegistrationRules
{
    /// <summary>Only Update (and its multiple form) filters on columns.</summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#general-configuration-information-fields ("Filtering Attributes: With the Update message ...")
    private static readonly HashSet<string> FilteringMessages = new(StringComparer.Ordinal) { "Update", "UpdateMultiple" };

    /// <summary>
    /// Every reason the import or the registration would refuse the step: first what the message catalog says
    /// (<see cref="SdkMessages.ImportProblems"/>: an id the organization does not know, a message the table has no
    /// filter for, an image on the wrong message property), then stages, filters and images.
    /// </summary>
    public static IEnumerable<string> Check(PluginStepDefinition step, MetadataCatalog? catalog, IReadOnlyDictionary<Guid, string>? organizationMessages = null)
    {
        string message = step.MessageName;
        MessageTableFacts? facts = catalog is not null && step.PrimaryEntity is string primary && catalog.TryGetTable(primary, out TableMetadata? primaryTable)
            ? FactsOf(primaryTable)
            : null;
        foreach (string problem in SdkMessages.ImportProblems(step, facts, organizationMessages)) yield return problem;

        // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#execution-mode
        // ("Asynchronous plug-ins can only be registered for the PostOperation stage.")
        if (step.Mode == PluginStepMode.Asynchronous && step.Stage != PluginStepStage.PostOperation)
        {
            yield return $"an asynchronous step must be registered in the post-operation stage (40), not {(int)step.Stage} ({step.Stage})";
        }

        if (step.FilteringAttributes.Count > 0 && !FilteringMessages.Contains(message))
        {
            yield return $"message '{message}' has no filtering attributes (only Update does), but the step filters on {string.Join(", ", step.FilteringAttributes)}";
        }

        foreach (StepImageDefinition image in step.Images)
        {
            // https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#availability-of-images
            if (SdkMessages.Find(message)?.ImageProperty is null)
            {
                yield return $"image '{image.EntityAlias}': Message '{message}' does not support image registration (SdkMessageDoesNotSupportImageRegistration)";
                continue;
            }
            if (image.IsPreImage && message is "Create" or "CreateMultiple")
            {
                yield return $"image '{image.EntityAlias}': Message {message} does not support this image type: a pre-image on {message} (the row does not exist yet)";
            }
            if (image.IsPostImage && message == "Delete")
            {
                yield return $"image '{image.EntityAlias}': Message Delete does not support this image type: a post-image on Delete (the row no longer exists)";
            }
            if (image.IsPostImage && step.Stage != PluginStepStage.PostOperation)
            {
                yield return $"image '{image.EntityAlias}': PreEvent step registration does not support Post Image (stage {(int)step.Stage})";
            }
        }

        if (catalog is not null && step.PrimaryEntity is string tableName)
        {
            if (!catalog.TryGetTable(tableName, out TableMetadata? table))
            {
                yield return $"primary entity '{tableName}' is not a table of the organization";
                yield break;
            }
            foreach (string column in step.FilteringAttributes.Where(c => !table.HasColumn(c.Trim())))
            {
                yield return $"filtering attribute '{column}' is not a column of '{tableName}'";
            }
            foreach (StepImageDefinition image in step.Images)
            {
                foreach (string column in image.Attributes.Where(c => !table.HasColumn(c.Trim())))
                {
                    yield return $"image '{image.EntityAlias}': attribute '{column}' is not a column of '{tableName}'";
                }
            }
        }
    }

    /// <summary>The facts of a table the message catalog decides on.</summary>
    public static MessageTableFacts FactsOf(TableMetadata table) => Messages.MessageAvailability.FactsOf(table);

    /// <summary>The class a step names, looked up by full name in the given assemblies; null with a reason when unusable.</summary>
    public static Type? BindType(PluginStepDefinition step, IReadOnlyList<Assembly> assemblies, out ConstructorInfo? constructor, out string? problem)
    {
        constructor = null;
        string className = step.PluginClassName;
        string? assemblyName = AssemblyNameOf(step.PluginTypeName);

        // Prefer the assembly the step names, then any other given assembly.
        IEnumerable<Assembly> ordered = assemblies
            .OrderBy(a => string.Equals(a.GetName().Name, assemblyName, StringComparison.OrdinalIgnoreCase) ? 0 : 1);
        Type? type = ordered.Select(a => a.GetType(className, throwOnError: false, ignoreCase: false)).FirstOrDefault(t => t is not null);
        if (type is null)
        {
            string given = assemblies.Count == 0 ? "none" : string.Join(", ", assemblies.Select(a => a.GetName().Name));
            problem = $"plug-in type '{className}' (from '{step.PluginTypeName}') was not found in the plug-in assemblies given ({given})";
            return null;
        }
        if (!typeof(IPlugin).IsAssignableFrom(type))
        {
            problem = $"plug-in type '{type.FullName}' does not implement Microsoft.Xrm.Sdk.IPlugin";
            return null;
        }
        if (type.IsAbstract || type.IsGenericTypeDefinition)
        {
            problem = $"plug-in type '{type.FullName}' is abstract and cannot be constructed";
            return null;
        }
        // The platform calls (unsecure, secure), else (unsecure), else the parameterless constructor.
        // https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in#pass-configuration-data-to-your-plug-in
        constructor = type.GetConstructor([typeof(string), typeof(string)])
            ?? type.GetConstructor([typeof(string)])
            ?? type.GetConstructor(Type.EmptyTypes);
        if (constructor is null)
        {
            problem = $"plug-in type '{type.FullName}' has no public constructor taking (string unsecure, string secure), (string) or nothing";
            return null;
        }
        problem = null;
        return type;
    }

    private static string? AssemblyNameOf(string pluginTypeName)
    {
        string[] parts = pluginTypeName.Split(',');
        return parts.Length > 1 ? parts[1].Trim() : null;
    }
}

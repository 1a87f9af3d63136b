using System;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Infrastructure;

/// <summary>Typed access to what the pipeline passes a step, failing with messages an admin can act on.</summary>
public static class ContextExtensions
{
    /// <summary>The Target entity of Create/Update; a clear error when the step is registered on a message without one.</summary>
    public static Entity GetRequiredTarget(this IPluginExecutionContext context)
    {
        if (context.InputParameters.Contains("Target") && context.InputParameters["Target"] is Entity target)
            return target;
        throw new InvalidPluginExecutionException(
            $"This step expects a Target record but {context.MessageName} of {context.PrimaryEntityName} supplied none; check the step registration.");
    }

    /// <summary>The Target reference of Delete/SetState-style messages, or of Create/Update through the entity.</summary>
    public static EntityReference GetTargetReference(this IPluginExecutionContext context)
    {
        if (context.InputParameters.Contains("Target"))
        {
            switch (context.InputParameters["Target"])
            {
                case EntityReference reference: return reference;
                case Entity entity: return new EntityReference(entity.LogicalName, entity.Id != Guid.Empty ? entity.Id : context.PrimaryEntityId);
            }
        }
        if (context.InputParameters.Contains("EntityMoniker") && context.InputParameters["EntityMoniker"] is EntityReference moniker)
            return moniker;
        return new EntityReference(context.PrimaryEntityName, context.PrimaryEntityId);
    }

    /// <summary>A registered image, or null when the step has no image of that name (e.g. a pre-image on Create).</summary>
    public static Entity? GetPreImage(this IPluginExecutionContext context, string name) =>
        context.PreEntityImages.Contains(name) ? context.PreEntityImages[name] : null;

    public static Entity? GetPostImage(this IPluginExecutionContext context, string name) =>
        context.PostEntityImages.Contains(name) ? context.PostEntityImages[name] : null;

    /// <summary>
    /// The record as it will be after this operation: the pre-image overlaid with the Target's
    /// changes. An Update's Target holds only what changed, so reading it alone loses the rest.
    /// </summary>
    public static Entity CoalesceTargetWithPreImage(this IPluginExecutionContext context, string preImageName)
    {
        var target = context.GetRequiredTarget();
        var merged = new Entity(target.LogicalName, target.Id != Guid.Empty ? target.Id : context.PrimaryEntityId);
        var pre = context.GetPreImage(preImageName);
        if (pre is not null)
        {
            foreach (var attribute in pre.Attributes) merged[attribute.Key] = attribute.Value;
            foreach (var formatted in pre.FormattedValues) merged.FormattedValues[formatted.Key] = formatted.Value;
        }
        foreach (var attribute in target.Attributes) merged[attribute.Key] = attribute.Value;
        return merged;
    }
}

using System;
using System.Collections.Generic;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// Reads the record a capture step was given: the Target of a Create or Update, overlaid with the step's
/// images. Capture is registered on Create and Update only (the messages with documented ids on every source
/// table), so there is always exactly one record; its id comes from Target, else the Create's "id" output.
/// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context
/// </summary>
internal static class SourceEvents
{
    public static IReadOnlyList<SourceEvent> Read(IPluginExecutionContext context)
    {
        var single = context.GetRequiredTarget();
        var singleId = single.Id != Guid.Empty ? single.Id
            : context.OutputParameters.Contains("id") && context.OutputParameters["id"] is Guid created ? created
            : context.PrimaryEntityId;
        var before = context.GetPreImage(ImageAliases.Before);
        var after = context.GetPostImage(ImageAliases.After) ?? context.GetPostImage(ImageAliases.Created);
        var stateBefore = before?.GetAttributeValue<OptionSetValue>(SourceEvent.StateCode)?.Value;
        return new[] { new SourceEvent(Merge(single.LogicalName, singleId, before, single, after), stateBefore) };
    }

    /// <summary>Later entities win: pre-image, then Target (what changed), then post-image (what was stored).</summary>
    private static Entity Merge(string table, Guid id, params Entity?[] layers)
    {
        var merged = new Entity(table, id);
        foreach (var layer in layers)
        {
            if (layer is null) continue;
            foreach (var attribute in layer.Attributes) merged[attribute.Key] = attribute.Value;
        }
        return merged;
    }
}

using System;
using System.Collections.Generic;
using CxJourney.Plugins.Infrastructure;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Capture;

/// <summary>
/// Reads the records a capture step was given: every target of a CreateMultiple (with its post-image from
/// PostEntityImagesCollection and its id from the Ids output), or the one target of a Create or Update (with
/// its images). A single Create reaches CreateMultiple steps as Targets of one, so the steps are registered
/// on CreateMultiple only and both paths run the same code.
/// https://learn.microsoft.com/power-apps/developer/data-platform/write-plugin-multiple-operation
/// </summary>
internal static class SourceEvents
{
    public static IReadOnlyList<SourceEvent> Read(IPluginExecutionContext context)
    {
        var events = new List<SourceEvent>();
        if (context.InputParameters.Contains("Targets") && context.InputParameters["Targets"] is EntityCollection targets)
        {
            var images = (context as IPluginExecutionContext4)?.PostEntityImagesCollection;
            var ids = context.OutputParameters.Contains("Ids") ? context.OutputParameters["Ids"] as Guid[] : null;
            for (var i = 0; i < targets.Entities.Count; i++)
            {
                var target = targets.Entities[i];
                var id = ids is not null && i < ids.Length ? ids[i] : target.Id;
                var image = images is not null && i < images.Length && images[i] is not null && images[i].Contains(ImageAliases.Created)
                    ? images[i][ImageAliases.Created] : null;
                events.Add(new SourceEvent(Merge(target.LogicalName, id, target, image), null));
            }
            return events;
        }

        var single = context.GetRequiredTarget();
        var singleId = single.Id != Guid.Empty ? single.Id
            : context.OutputParameters.Contains("id") && context.OutputParameters["id"] is Guid created ? created
            : context.PrimaryEntityId;
        var before = context.GetPreImage(ImageAliases.Before);
        var after = context.GetPostImage(ImageAliases.After) ?? context.GetPostImage(ImageAliases.Created);
        var stateBefore = before?.GetAttributeValue<OptionSetValue>(SourceEvent.StateCode)?.Value;
        events.Add(new SourceEvent(Merge(single.LogicalName, singleId, before, single, after), stateBefore));
        return events;
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

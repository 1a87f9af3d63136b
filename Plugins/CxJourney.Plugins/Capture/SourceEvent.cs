using System;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Capture;

/// <summary>One record's change as a capture step sees it: the record after the operation and its state before.</summary>
internal sealed class SourceEvent
{
    /// <summary>Every table with states names the column statecode; the activity constant stands for all of them.</summary>
    public const string StateCode = ActivityColumns.StateCode;

    public SourceEvent(Entity after, int? stateBefore)
    {
        After = after;
        StateBefore = stateBefore;
    }

    /// <summary>Target overlaid with the post-image: the record after the operation, with its id.</summary>
    public Entity After { get; }

    /// <summary>statecode before an Update (from the pre-image); null for a create or without the image.</summary>
    public int? StateBefore { get; }

    public Guid Id => After.Id;

    public string Table => After.LogicalName;

    public int? StateAfter => After.GetAttributeValue<OptionSetValue>(StateCode)?.Value;

    public override string ToString() => Table + " " + Id.ToString("D");
}

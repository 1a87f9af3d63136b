using System;

namespace CxJourney.Plugins.Capture.Rules;

/// <summary>What one event makes: a touchpoint draft and the way to its contacts.</summary>
public sealed class CapturePlan
{
    public CapturePlan(TouchpointDraft draft, ContactLookup contacts)
    {
        Draft = draft ?? throw new ArgumentNullException(nameof(draft));
        Contacts = contacts ?? throw new ArgumentNullException(nameof(contacts));
    }

    public TouchpointDraft Draft { get; }

    public ContactLookup Contacts { get; }

    public override string ToString() => Draft.ToString();
}

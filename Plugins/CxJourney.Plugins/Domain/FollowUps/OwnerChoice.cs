using System.Collections.Generic;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>The chosen owner, where the choice came from, an optional queue, and notes for the description.</summary>
public sealed record OwnerChoice(RecordRef Owner, OwnerSource Source, RecordRef? Queue, IReadOnlyList<string> Notes);

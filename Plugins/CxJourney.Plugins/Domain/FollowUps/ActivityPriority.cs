namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>The activity's prioritycode (Low 0, Normal 1, High 2 on task, phonecall and email).</summary>
public enum ActivityPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
}

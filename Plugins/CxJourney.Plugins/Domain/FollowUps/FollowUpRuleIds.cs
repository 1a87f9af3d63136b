namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>The rules the planner knows; configuration can tune them but not invent others.</summary>
public static class FollowUpRuleIds
{
    public const string PoorCase = "poor-case";
    public const string Detractor = "detractor";
    public const string Promoter = "promoter";
    public const string HighEffort = "high-effort";
    public const string Reopened = "reopened";
    public const string ResolveByMissed = "resolve-by-missed";
    public const string AngryEmail = "angry-email";

    /// <summary>All rule ids in their canonical order (the order ties are broken in).</summary>
    public static string[] All() => new[] { PoorCase, Detractor, Promoter, HighEffort, Reopened, ResolveByMissed, AngryEmail };

    internal static int Order(string id) => System.Array.IndexOf(All(), id);
}

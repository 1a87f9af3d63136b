namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>Net Promoter categories: promoter 9-10, passive 7-8, detractor 0-6.</summary>
public enum NpsCategory
{
    Detractor,
    Passive,
    Promoter,
}

public static class NpsCategories
{
    /// <summary>The category of an answer, or null when there is no answer.</summary>
    public static NpsCategory? FromScore(int? nps)
    {
        if (nps == null)
            return null;
        if (nps < 0 || nps > 10)
            throw new System.ArgumentOutOfRangeException(nameof(nps), nps, "NPS answers run from 0 to 10.");
        return nps >= 9 ? NpsCategory.Promoter : nps >= 7 ? NpsCategory.Passive : NpsCategory.Detractor;
    }
}

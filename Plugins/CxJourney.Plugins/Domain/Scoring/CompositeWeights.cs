namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// How the composite case experience score (0-100) weighs its parts. Each part is first put on 0..1:
/// CSAT (csat − 1) / 4; CES (7 − ces) / 6; sentiment (average + 1) / 2; FCR 1 or 0; resolve-by met 1 or 0;
/// NPS nps / 10. Composite = round(100 × Σ weight × part / Σ weight) over the parts that are known
/// (sentiment needs a scored touchpoint, resolve-by needs a verdict, NPS needs an answer).
/// Shipped: CSAT 0.35, CES 0.20, sentiment 0.15, FCR 0.10, resolve-by 0.10, NPS 0.10.
/// </summary>
public sealed record CompositeWeights
{
    public static readonly CompositeWeights Default = new()
    {
        Csat = 0.35,
        Ces = 0.20,
        Sentiment = 0.15,
        FirstContactResolution = 0.10,
        ResolveBy = 0.10,
        Nps = 0.10,
    };

    public double Csat { get; init; }
    public double Ces { get; init; }
    public double Sentiment { get; init; }
    public double FirstContactResolution { get; init; }
    public double ResolveBy { get; init; }
    public double Nps { get; init; }
}

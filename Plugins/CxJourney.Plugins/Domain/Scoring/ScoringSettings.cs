using System.Linq;
using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// Scoring configuration (an environment variable holding JSON). Every property is optional and falls back
/// to the shipped value in <see cref="DefaultJson"/>, so an admin can override a single weight;
/// unknown properties, wrong types, out-of-range values and weights of the wrong sign are errors.
/// </summary>
public sealed record ScoringSettings
{
    /// <summary>
    /// The shipped configuration and the documentation of its shape:
    /// <list type="bullet">
    /// <item><c>resolveByTargetBusinessHours</c>: resolve-by target for cases without an SLA time (0 &lt; h ≤ 10000).</item>
    /// <item><c>csatModel</c>, <c>cesModel</c>: the weights of <see cref="SatisfactionModel"/> (each −100..100, sign fixed per term).</item>
    /// <item><c>composite</c>: the weights of <see cref="CompositeWeights"/> (each 0..100, not all 0).</item>
    /// <item><c>journeyHealth</c>: see <see cref="JourneyHealthSettings"/> (half-life 0.1..3650 days, neutral 0..100, weight 0..100).</item>
    /// </list>
    /// </summary>
    public const string DefaultJson = """
        {
          "resolveByTargetBusinessHours": 16,
          "csatModel": {
            "intercept": 4.4,
            "firstContactResolution": 0.3,
            "perReopen": -0.6,
            "perExtraInboundContact": -0.25,
            "resolveByMissed": -0.7,
            "perResolutionBusinessHour": -0.01,
            "perFirstResponseHour": -0.05,
            "perHandoff": -0.15,
            "perExtraChannel": -0.1,
            "sentimentAverage": 0.8,
            "sentimentMinimum": 0.3
          },
          "cesModel": {
            "intercept": 2.0,
            "firstContactResolution": -0.3,
            "perReopen": 0.8,
            "perExtraInboundContact": 0.5,
            "resolveByMissed": 0.4,
            "perResolutionBusinessHour": 0.01,
            "perFirstResponseHour": 0.03,
            "perHandoff": 0.3,
            "perExtraChannel": 0.4,
            "sentimentAverage": -0.6,
            "sentimentMinimum": -0.2
          },
          "composite": {
            "csat": 0.35,
            "ces": 0.20,
            "sentiment": 0.15,
            "firstContactResolution": 0.10,
            "resolveBy": 0.10,
            "nps": 0.10
          },
          "journeyHealth": {
            "halfLifeDays": 90,
            "neutralScore": 50,
            "neutralWeight": 0.1
          }
        }
        """;

    public static readonly ScoringSettings Default = new();

    public double ResolveByTargetBusinessHours { get; init; } = 16;

    public SatisfactionModel CsatModel { get; init; } = SatisfactionModel.DefaultCsat;

    public SatisfactionModel CesModel { get; init; } = SatisfactionModel.DefaultCes;

    public CompositeWeights Composite { get; init; } = CompositeWeights.Default;

    public JourneyHealthSettings JourneyHealth { get; init; } = JourneyHealthSettings.Default;

    /// <summary>Reads the configuration; null or blank text means the shipped defaults.</summary>
    /// <exception cref="JsonConfigurationException">What is wrong and where (line, column, JSON path).</exception>
    public static ScoringSettings Parse(string? json)
    {
        if (json == null || json.Trim().Length == 0)
            return Default;
        var r = JsonObjectReader.Parse(json);
        var settings = new ScoringSettings
        {
            ResolveByTargetBusinessHours = r.OptionalDouble("resolveByTargetBusinessHours", 16, 0.01, 10000),
            CsatModel = ReadModel(r.OptionalObject("csatModel"), SatisfactionModel.DefaultCsat),
            CesModel = ReadModel(r.OptionalObject("cesModel"), SatisfactionModel.DefaultCes),
            Composite = ReadComposite(r.OptionalObject("composite")),
            JourneyHealth = ReadJourneyHealth(r.OptionalObject("journeyHealth")),
        };
        r.ThrowIfUnknownProperties();
        return settings;
    }

    /// <summary><see cref="Parse"/> that reports instead of throwing; on failure <paramref name="settings"/> is the shipped default.</summary>
    public static bool TryParse(string? json, out ScoringSettings settings, out JsonConfigurationException? error)
    {
        try
        {
            settings = Parse(json);
            error = null;
            return true;
        }
        catch (JsonConfigurationException e)
        {
            settings = Default;
            error = e;
            return false;
        }
    }

    private static SatisfactionModel ReadModel(JsonObjectReader? r, SatisfactionModel model)
    {
        if (r == null)
            return model;
        model = model.With("intercept", r.OptionalDouble("intercept", model.Intercept, -100, 100));
        foreach (var term in SatisfactionModel.TermNames)
        {
            var value = r.Optional(term);
            if (value == null)
                continue;
            var w = value.AsDouble();
            if (w < -100 || w > 100)
                throw value.Error($"expected a weight between -100 and 100 but found {value.Describe()}");
            var sign = SatisfactionModel.ExpectedSign(model.Measure, term);
            if (w * sign < 0)
            {
                var what = model.Measure == SatisfactionMeasure.Csat ? "CSAT" : "CES";
                var direction = sign > 0 ? "zero or positive" : "zero or negative";
                throw value.Error($"the {what} weight '{term}' must be {direction} (it says which way the signal moves {what}) but found {value.Describe()}");
            }
            model = model.With(term, w);
        }
        r.ThrowIfUnknownProperties("model term");
        return model;
    }

    private static CompositeWeights ReadComposite(JsonObjectReader? r)
    {
        var d = CompositeWeights.Default;
        if (r == null)
            return d;
        var weights = new CompositeWeights
        {
            Csat = r.OptionalDouble("csat", d.Csat, 0, 100),
            Ces = r.OptionalDouble("ces", d.Ces, 0, 100),
            Sentiment = r.OptionalDouble("sentiment", d.Sentiment, 0, 100),
            FirstContactResolution = r.OptionalDouble("firstContactResolution", d.FirstContactResolution, 0, 100),
            ResolveBy = r.OptionalDouble("resolveBy", d.ResolveBy, 0, 100),
            Nps = r.OptionalDouble("nps", d.Nps, 0, 100),
        };
        r.ThrowIfUnknownProperties("composite part");
        if (new[] { weights.Csat, weights.Ces, weights.Sentiment, weights.FirstContactResolution, weights.ResolveBy, weights.Nps }.All(w => w == 0))
            throw r.Error("at least one composite weight must be above 0");
        // CSAT and CES are always known (surveyed or predicted); without weight on either the composite could have nothing to average.
        if (weights.Csat == 0 && weights.Ces == 0)
            throw r.Error("'csat' or 'ces' must have a weight above 0: they are the only parts every case has");
        return weights;
    }

    private static JourneyHealthSettings ReadJourneyHealth(JsonObjectReader? r)
    {
        var d = JourneyHealthSettings.Default;
        if (r == null)
            return d;
        var settings = new JourneyHealthSettings
        {
            HalfLifeDays = r.OptionalDouble("halfLifeDays", d.HalfLifeDays, 0.1, 3650),
            NeutralScore = r.OptionalDouble("neutralScore", d.NeutralScore, 0, 100),
            NeutralWeight = r.OptionalDouble("neutralWeight", d.NeutralWeight, 0, 100),
        };
        r.ThrowIfUnknownProperties();
        return settings;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.FollowUps;

/// <summary>
/// The follow-up rules and the per-contact throttle. Read from an environment variable with
/// <see cref="Parse"/>; the shipped set and its JSON shape are <see cref="DefaultJson"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed partial class FollowUpSettings
{
    private readonly IReadOnlyList<FollowUpRuleSettings> _rules;

    public FollowUpSettings(IEnumerable<FollowUpRuleSettings> rules, ThrottleSettings throttle)
    {
        if (rules == null) throw new ArgumentNullException(nameof(rules));
        Throttle = throttle ?? throw new ArgumentNullException(nameof(throttle));
        var list = rules.ToList();
        foreach (var r in list)
        {
            if (FollowUpRuleIds.Order(r.Id) < 0)
                throw new ArgumentException($"Unknown follow-up rule '{r.Id}'.", nameof(rules));
        }
        var duplicate = list.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate != null)
            throw new ArgumentException($"The follow-up rule '{duplicate.Key}' is listed twice.", nameof(rules));
        _rules = list.OrderBy(r => FollowUpRuleIds.Order(r.Id)).ToList();
    }

    /// <summary>The rules in canonical order (<see cref="FollowUpRuleIds.All"/>).</summary>
    public IReadOnlyList<FollowUpRuleSettings> Rules => _rules;

    public ThrottleSettings Throttle { get; }

    /// <summary>The rule with this id, or null.</summary>
    public FollowUpRuleSettings? Rule(string id) => _rules.FirstOrDefault(r => r.Id == id);

    /// <summary>A copy with one rule replaced (for tests and tools).</summary>
    public FollowUpSettings WithRule(FollowUpRuleSettings rule) =>
        new(_rules.Where(r => r.Id != rule.Id).Concat(new[] { rule }), Throttle);

    /// <summary>A copy with another throttle.</summary>
    public FollowUpSettings WithThrottle(ThrottleSettings throttle) => new(_rules, throttle);
}

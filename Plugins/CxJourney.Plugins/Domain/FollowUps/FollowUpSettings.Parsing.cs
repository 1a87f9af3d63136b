using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.Plugins.Domain.Json;

namespace CxJourney.Plugins.Domain.FollowUps;

public sealed partial class FollowUpSettings
{
    /// <summary>
    /// The shipped follow-up configuration, which documents the JSON shape.
    /// <list type="bullet">
    /// <item><c>throttle</c>: <c>maxFollowUps</c> (1..100) per contact in any <c>perDays</c> (1..365) days.</item>
    /// <item><c>rules</c>: one object per rule. In an environment variable every rule property but <c>id</c> is
    /// optional and overrides the shipped rule of that id; rules not listed keep their shipped form
    /// (set <c>"enabled": false</c> to turn one off). Ids are fixed: poor-case, detractor, promoter, high-effort,
    /// reopened, resolve-by-missed, angry-email.</item>
    /// <item>Rule properties: <c>enabled</c>; <c>priority</c> 1..1000 (higher wins under the throttle);
    /// <c>when</c> (thresholds, keys per rule: see <see cref="RuleThresholds"/>); <c>activity</c> "phonecall" | "task";
    /// <c>activityPriority</c> "low" | "normal" | "high"; <c>assignTo</c> "owner" | "ownerManager";
    /// <c>due</c> <c>{ "businessHours": h }</c> (0 &lt; h ≤ 1000) or <c>{ "nextBusinessDay": "start" | "end" }</c>;
    /// <c>oncePerContactDays</c> 0..3650 (0 = no limit); <c>subject</c>, <c>description</c> templates
    /// (placeholders: <see cref="MessageTemplate.Placeholders"/>); <c>emailDraft</c> <c>{ "subject", "description" }</c>
    /// or <c>false</c>.</item>
    /// </list>
    /// Cross-rule check: detractor.npsAtMost must be below promoter.npsAtLeast and poor-case.csatAtMost below
    /// promoter.csatAtLeast, so no answer is both.
    /// </summary>
    public const string DefaultJson = """
        {
          "throttle": { "maxFollowUps": 2, "perDays": 7 },
          "rules": [
            {
              "id": "poor-case",
              "enabled": true,
              "priority": 80,
              "when": { "csatAtMost": 2, "acceptPredicted": true },
              "activity": "phonecall",
              "activityPriority": "high",
              "assignTo": "owner",
              "due": { "businessHours": 4 },
              "subject": "Service recovery call: case {caseNumber}",
              "description": "{contactName} had a poor experience on case {caseNumber} \"{caseTitle}\" (CSAT {csat}, {csatSource}). Call before {due} and:\n1. Respond quickly: a fast call is part of the recovery.\n2. Apologise sincerely for the experience, without excuses or blame.\n3. Offer to make amends that fit the problem (a goodwill gesture, a credit, an expedited fix).\n4. Say what is being fixed so it does not happen again, and by when.\nRecord what was agreed in this call's notes."
            },
            {
              "id": "detractor",
              "enabled": true,
              "priority": 70,
              "when": { "npsAtMost": 6 },
              "activity": "task",
              "activityPriority": "high",
              "assignTo": "ownerManager",
              "due": { "nextBusinessDay": "end" },
              "subject": "Detractor escalation: case {caseNumber} (NPS {nps})",
              "description": "{contactName} answered NPS {nps} about case {caseNumber} \"{caseTitle}\". Review the case, contact the customer to understand what drove the score, and agree a recovery plan with the case owner."
            },
            {
              "id": "promoter",
              "enabled": true,
              "priority": 10,
              "when": { "npsAtLeast": 9, "csatAtLeast": 5, "acceptPredicted": false },
              "activity": "task",
              "activityPriority": "low",
              "assignTo": "owner",
              "due": { "businessHours": 16 },
              "oncePerContactDays": 90,
              "subject": "Ask {contactName} for a review or referral",
              "description": "{contactName} had a great experience (NPS {nps}, CSAT {csat}). Thank them personally and ask whether they would write a review or refer a colleague."
            },
            {
              "id": "high-effort",
              "enabled": true,
              "priority": 50,
              "when": { "cesAtLeast": 5, "inboundContactsAtLeast": 3, "reopensAtLeast": 1, "acceptPredicted": true },
              "activity": "task",
              "activityPriority": "normal",
              "assignTo": "owner",
              "due": { "businessHours": 24 },
              "subject": "Root-cause review: high effort on case {caseNumber}",
              "description": "Case {caseNumber} \"{caseTitle}\" cost the customer high effort (CES {ces}, {cesSource}; {inboundContacts} inbound contacts; {reopens} reopens). Find the root cause (routing, knowledge, process or product) and record the fix."
            },
            {
              "id": "reopened",
              "enabled": true,
              "priority": 90,
              "activity": "phonecall",
              "activityPriority": "high",
              "assignTo": "owner",
              "due": { "businessHours": 2 },
              "subject": "Priority call-back: case {caseNumber} was reopened",
              "description": "Case {caseNumber} \"{caseTitle}\" was reopened (reopens so far: {reopens}). Call {contactName} back with priority, confirm what is still wrong and own it until it is resolved."
            },
            {
              "id": "resolve-by-missed",
              "enabled": true,
              "priority": 60,
              "activity": "task",
              "activityPriority": "normal",
              "assignTo": "owner",
              "due": { "businessHours": 4 },
              "subject": "Apologise for the delay on case {caseNumber}",
              "description": "Case {caseNumber} \"{caseTitle}\" missed its resolve-by time ({resolveBy}). Apologise to {contactName} for the delay and explain what was done. Where a draft email was prepared, review it and send it yourself: it is never sent automatically.",
              "emailDraft": {
                "subject": "Our apologies for the delay on your case {caseNumber}",
                "description": "Dear {contactName},\n\nWe are sorry that your case \"{caseTitle}\" ({caseNumber}) took longer to resolve than we promised. [Say what was done and what changes so it does not happen again.]\n\nThank you for your patience."
              }
            },
            {
              "id": "angry-email",
              "enabled": true,
              "priority": 100,
              "when": { "sentimentAtMost": -0.5 },
              "activity": "task",
              "activityPriority": "high",
              "assignTo": "owner",
              "due": { "businessHours": 1 },
              "subject": "Reply fast: upset customer on case {caseNumber}",
              "description": "{contactName} sent an upset email (sentiment {sentiment}) about open case {caseNumber} \"{caseTitle}\". Reply personally within the hour: acknowledge the frustration, say what happens next and when."
            }
          ]
        }
        """;

    /// <summary>
    /// The default value cx_FollowUpRules ships with in Solution/: every rule's id, enabled, priority and
    /// thresholds, so an admin sees the knobs, but no templates, which stay <see cref="DefaultJson"/>'s
    /// (the variable overrides the shipped rules per id). Parsed, it is <see cref="Default"/>. The full
    /// <see cref="DefaultJson"/> is about 4,500 characters, over the 2,000 an environment variable's
    /// default value holds (the MaxLength of environmentvariabledefinition.defaultvalue in the emulator's
    /// standard metadata), so a solution shipping it would fail to import.
    /// </summary>
    public const string SolutionDefaultJson = """
        {"throttle":{"maxFollowUps":2,"perDays":7},"rules":[
        {"id":"poor-case","enabled":true,"priority":80,"when":{"csatAtMost":2,"acceptPredicted":true}},
        {"id":"detractor","enabled":true,"priority":70,"when":{"npsAtMost":6}},
        {"id":"promoter","enabled":true,"priority":10,"when":{"npsAtLeast":9,"csatAtLeast":5,"acceptPredicted":false}},
        {"id":"high-effort","enabled":true,"priority":50,"when":{"cesAtLeast":5,"inboundContactsAtLeast":3,"reopensAtLeast":1,"acceptPredicted":true}},
        {"id":"reopened","enabled":true,"priority":90},
        {"id":"resolve-by-missed","enabled":true,"priority":60},
        {"id":"angry-email","enabled":true,"priority":100,"when":{"sentimentAtMost":-0.5}}]}
        """;

    /// <summary>The shipped rules and throttle (<see cref="DefaultJson"/>).</summary>
    public static readonly FollowUpSettings Default = Read(JsonObjectReader.Parse(DefaultJson), null);

    /// <summary>
    /// Reads the configuration on top of the shipped set; null or blank text means the shipped set.
    /// </summary>
    /// <exception cref="JsonConfigurationException">
    /// Invalid JSON, an unknown rule or property, a wrong type, an invalid threshold or template; the message
    /// gives line, column, JSON path and what is wrong.
    /// </exception>
    public static FollowUpSettings Parse(string? json)
    {
        if (json == null || json.Trim().Length == 0)
            return Default;
        return Read(JsonObjectReader.Parse(json), Default);
    }

    /// <summary><see cref="Parse"/> that reports instead of throwing, for callers that must carry on.</summary>
    public static bool TryParse(string? json, out FollowUpSettings? settings, out JsonConfigurationException? error)
    {
        try
        {
            settings = Parse(json);
            error = null;
            return true;
        }
        catch (JsonConfigurationException e)
        {
            settings = null;
            error = e;
            return false;
        }
    }

    private static FollowUpSettings Read(JsonObjectReader r, FollowUpSettings? defaults)
    {
        var throttleReader = r.OptionalObject("throttle");
        ThrottleSettings throttle;
        if (throttleReader == null)
        {
            if (defaults == null) r.Required("throttle");
            throttle = defaults!.Throttle;
        }
        else
        {
            var b = defaults?.Throttle;
            throttle = new ThrottleSettings(
                b == null ? throttleReader.RequiredInt32("maxFollowUps", 1, 100) : throttleReader.OptionalInt32("maxFollowUps", b.MaxFollowUps, 1, 100),
                b == null ? throttleReader.RequiredInt32("perDays", 1, 365) : throttleReader.OptionalInt32("perDays", b.PerDays, 1, 365));
            throttleReader.ThrowIfUnknownProperties();
        }

        var read = new Dictionary<string, FollowUpRuleSettings>(StringComparer.Ordinal);
        var whenNodes = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        var items = defaults == null ? r.RequiredArray("rules") : r.OptionalArray("rules");
        foreach (var item in items)
        {
            var rr = new JsonObjectReader(item);
            var idValue = rr.Required("id");
            var id = idValue.AsString();
            if (FollowUpRuleIds.Order(id) < 0)
            {
                var hint = FollowUpRuleIds.All().FirstOrDefault(k => string.Equals(k, id, StringComparison.OrdinalIgnoreCase));
                throw idValue.Error($"unknown rule {idValue.Describe()}" + (hint != null ? $"; did you mean \"{hint}\"?" : "")
                    + "; known rules: " + string.Join(", ", FollowUpRuleIds.All()));
            }
            if (read.ContainsKey(id))
                throw idValue.Error($"the rule \"{id}\" is listed more than once");
            read[id] = ReadRule(rr, id, defaults?.Rule(id));
            var when = rr.Optional("when");
            if (when != null)
                whenNodes[id] = when;
        }
        r.ThrowIfUnknownProperties();

        var rules = new List<FollowUpRuleSettings>();
        foreach (var id in FollowUpRuleIds.All())
        {
            if (read.TryGetValue(id, out var rule))
                rules.Add(rule);
            else if (defaults != null)
                rules.Add(defaults.Rule(id)!);
            else
                throw r.Error($"the rule \"{id}\" is missing");
        }
        CheckAcrossRules(rules, whenNodes, r);
        return new FollowUpSettings(rules, throttle);
    }

    private static void CheckAcrossRules(List<FollowUpRuleSettings> rules, Dictionary<string, JsonValue> whenNodes, JsonObjectReader root)
    {
        JsonValue Where(params string[] ids)
        {
            foreach (var id in ids)
            {
                if (whenNodes.TryGetValue(id, out var node))
                    return node;
            }
            return root.Value;
        }
        var detractor = rules.First(r => r.Id == FollowUpRuleIds.Detractor).When;
        var promoter = rules.First(r => r.Id == FollowUpRuleIds.Promoter).When;
        var poor = rules.First(r => r.Id == FollowUpRuleIds.PoorCase).When;
        if (detractor.NpsAtMost >= promoter.NpsAtLeast)
            throw Where(FollowUpRuleIds.Promoter, FollowUpRuleIds.Detractor).Error(
                $"invalid thresholds: detractor npsAtMost {detractor.NpsAtMost} must be below promoter npsAtLeast {promoter.NpsAtLeast}, or one answer would be both");
        if (poor.CsatAtMost >= promoter.CsatAtLeast)
            throw Where(FollowUpRuleIds.Promoter, FollowUpRuleIds.PoorCase).Error(
                $"invalid thresholds: poor-case csatAtMost {poor.CsatAtMost} must be below promoter csatAtLeast {promoter.CsatAtLeast}, or one answer would be both");
    }

    private static FollowUpRuleSettings ReadRule(JsonObjectReader r, string id, FollowUpRuleSettings? b)
    {
        var required = b == null;
        var rule = new FollowUpRuleSettings
        {
            Id = id,
            Enabled = required ? r.RequiredBoolean("enabled") : r.OptionalBoolean("enabled", b!.Enabled),
            Priority = required ? r.RequiredInt32("priority", 1, 1000) : r.OptionalInt32("priority", b!.Priority, 1, 1000),
            When = ReadThresholds(r.OptionalObject("when"), id, b?.When, r),
            Activity = ReadChoice(r, "activity", b?.Activity, new[] { "phonecall", "task" }, new[] { ActivityKind.PhoneCall, ActivityKind.Task }),
            ActivityPriority = ReadChoice(r, "activityPriority", b?.ActivityPriority,
                new[] { "low", "normal", "high" }, new[] { ActivityPriority.Low, ActivityPriority.Normal, ActivityPriority.High }),
            AssignTo = ReadChoice(r, "assignTo", b?.AssignTo, new[] { "owner", "ownerManager" }, new[] { FollowUpAssignee.Owner, FollowUpAssignee.OwnerManager }),
            Due = ReadDue(r, b?.Due),
            OncePerContactDays = ReadOncePer(r, b),
            Subject = ReadTemplate(r, "subject", b?.Subject),
            Description = ReadTemplate(r, "description", b?.Description),
            EmailDraft = ReadEmailDraft(r, b),
        };
        r.ThrowIfUnknownProperties();
        return rule;
    }

    private static T ReadChoice<T>(JsonObjectReader r, string name, T? fallback, string[] texts, T[] values) where T : struct
    {
        var text = fallback == null
            ? r.RequiredOneOf(name, texts)
            : r.OptionalOneOf(name, texts[Array.IndexOf(values, fallback.Value)], texts);
        return values[Array.IndexOf(texts, text)];
    }

    private static DueRule ReadDue(JsonObjectReader r, DueRule? fallback)
    {
        var d = fallback == null ? new JsonObjectReader(r.Required("due")) : r.OptionalObject("due");
        if (d == null)
            return fallback!;
        var hours = d.Optional("businessHours");
        var next = d.Optional("nextBusinessDay");
        d.ThrowIfUnknownProperties();
        if ((hours == null) == (next == null))
            throw d.Error("give exactly one of \"businessHours\" (a number) or \"nextBusinessDay\" (\"start\" or \"end\")");
        if (hours != null)
        {
            var h = hours.AsDouble();
            if (!(h > 0) || h > 1000)
                throw hours.Error($"expected business hours above 0 and at most 1000 but found {hours.Describe()}");
            return DueRule.InBusinessHours(h);
        }
        var at = d.RequiredOneOf("nextBusinessDay", "start", "end");
        return DueRule.NextBusinessDay(at == "end");
    }

    private static int? ReadOncePer(JsonObjectReader r, FollowUpRuleSettings? b)
    {
        var value = r.Optional("oncePerContactDays");
        if (value == null)
            return b?.OncePerContactDays;
        var days = value.AsInt32();
        if (days < 0 || days > 3650)
            throw value.Error($"expected a whole number of days between 0 (no limit) and 3650 but found {value.Describe()}");
        return days == 0 ? null : days;
    }

    private static MessageTemplate ReadTemplate(JsonObjectReader r, string name, MessageTemplate? fallback)
    {
        var value = fallback == null ? r.Required(name) : r.Optional(name);
        if (value == null)
            return fallback!;
        var text = value.AsString();
        if (name == "subject" && text.Trim().Length == 0)
            throw value.Error("the subject cannot be empty");
        try
        {
            return MessageTemplate.Parse(text);
        }
        catch (FormatException e)
        {
            throw value.Error(e.Message);
        }
    }

    private static EmailDraftTemplate? ReadEmailDraft(JsonObjectReader r, FollowUpRuleSettings? b)
    {
        var value = r.Optional("emailDraft");
        if (value == null)
            return b?.EmailDraft;
        if (value.Kind == JsonKind.Boolean)
        {
            if (value.AsBoolean())
                throw value.Error("expected an object { \"subject\": ..., \"description\": ... } or false (no draft) but found true");
            return null;
        }
        var e = new JsonObjectReader(value);
        var draft = new EmailDraftTemplate(ReadTemplate(e, "subject", b?.EmailDraft?.Subject), ReadTemplate(e, "description", b?.EmailDraft?.Body));
        e.ThrowIfUnknownProperties();
        return draft;
    }

    private static RuleThresholds ReadThresholds(JsonObjectReader? w, string id, RuleThresholds? b, JsonObjectReader rule)
    {
        var required = b == null;
        b ??= new RuleThresholds();
        if (w == null)
        {
            if (required && AllowedKeys(id).Length > 0)
                rule.Required("when");
            return b;
        }
        var result = b;
        foreach (var key in AllowedKeys(id))
        {
            var value = required && key != "acceptPredicted" ? w.Required(key) : w.Optional(key);
            if (value == null)
                continue;
            result = key switch
            {
                "csatAtMost" => result with { CsatAtMost = Range(value, 1, 5) },
                "csatAtLeast" => result with { CsatAtLeast = Range(value, 1, 5) },
                "npsAtMost" => result with { NpsAtMost = (int)Range(value, 0, 10, whole: true) },
                "npsAtLeast" => result with { NpsAtLeast = (int)Range(value, 0, 10, whole: true) },
                "cesAtLeast" => result with { CesAtLeast = Range(value, 1, 7) },
                "inboundContactsAtLeast" => result with { InboundContactsAtLeast = (int)Range(value, 2, 1000, whole: true) },
                "reopensAtLeast" => result with { ReopensAtLeast = (int)Range(value, 1, 1000, whole: true) },
                "sentimentAtMost" => result with { SentimentAtMost = Range(value, -1, 1) },
                _ => result with { AcceptPredicted = value.AsBoolean() },
            };
        }
        var keys = AllowedKeys(id);
        w.ThrowIfUnknownProperties(keys.Length == 0 ? $"threshold (the rule \"{id}\" has none)" : "threshold");
        return result;
    }

    private static double Range(JsonValue value, double min, double max, bool whole = false)
    {
        var v = whole ? value.AsInt32() : value.AsDouble();
        if (v < min || v > max)
            throw value.Error($"invalid threshold: expected {(whole ? "a whole number" : "a number")} from {min} to {max} but found {value.Describe()}");
        return v;
    }

    /// <summary>The threshold keys each rule reads.</summary>
    internal static string[] AllowedKeys(string id) => id switch
    {
        FollowUpRuleIds.PoorCase => new[] { "csatAtMost", "acceptPredicted" },
        FollowUpRuleIds.Detractor => new[] { "npsAtMost" },
        FollowUpRuleIds.Promoter => new[] { "npsAtLeast", "csatAtLeast", "acceptPredicted" },
        FollowUpRuleIds.HighEffort => new[] { "cesAtLeast", "inboundContactsAtLeast", "reopensAtLeast", "acceptPredicted" },
        FollowUpRuleIds.AngryEmail => new[] { "sentimentAtMost" },
        _ => new string[0],
    };
}

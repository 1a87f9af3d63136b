using System;
using System.Collections.Generic;
using System.Linq;

namespace CxJourney.Plugins.Domain.Scoring;

/// <summary>
/// What a contact's journey health is computed from, kept on the journey (cx_healthstate) so a case event REPLACES
/// its own case's entries instead of reading all the contact's scores and feedback again: per scored case its
/// composite and date, per feedback answer its answers, case and instant. Exactly the rows a full recompute reads,
/// so both paths meet in <see cref="Summarize"/>.
/// <para>Entries are keyed (a case by its id, an answer by its id), so a redelivered or repeated event replaces
/// what it wrote and never counts twice; a reopened and re-resolved case is one entry. The sum over experiences is
/// taken in a fixed order (by date, then id), so the same rows always give the same health to the last bit,
/// whatever order they were read or added in.</para>
/// Immutable and pure.
/// </summary>
public sealed partial class JourneyHealthLedger
{
    private readonly Dictionary<Guid, ScoredCaseEntry> _cases;
    private readonly Dictionary<Guid, FeedbackEntry> _answers;

    private JourneyHealthLedger(Dictionary<Guid, ScoredCaseEntry> cases, Dictionary<Guid, FeedbackEntry> answers)
    {
        _cases = cases;
        _answers = answers;
    }

    public static JourneyHealthLedger Empty { get; } = new(new Dictionary<Guid, ScoredCaseEntry>(), new Dictionary<Guid, FeedbackEntry>());

    /// <summary>A ledger of the given rows; a later entry with the same key replaces an earlier one.</summary>
    public static JourneyHealthLedger From(IEnumerable<ScoredCaseEntry> cases, IEnumerable<FeedbackEntry> answers)
    {
        var byCase = new Dictionary<Guid, ScoredCaseEntry>();
        foreach (var c in cases) byCase[c.CaseId] = c;
        var byId = new Dictionary<Guid, FeedbackEntry>();
        foreach (var a in answers) byId[a.Id] = a;
        return new JourneyHealthLedger(byCase, byId);
    }

    /// <summary>The scored cases, oldest first (at one instant by id).</summary>
    public IReadOnlyList<ScoredCaseEntry> Cases => _cases.Values.OrderBy(c => c.OnUtc).ThenBy(c => c.CaseId).ToList();

    /// <summary>The feedback answers, oldest first (at one instant by id).</summary>
    public IReadOnlyList<FeedbackEntry> Answers => _answers.Values.OrderBy(a => a.AnsweredOnUtc).ThenBy(a => a.Id).ToList();

    /// <summary>This ledger with the case's entry replaced by <paramref name="entry"/>, or removed when it is null (a score that does not count).</summary>
    public JourneyHealthLedger WithCase(Guid caseId, ScoredCaseEntry? entry)
    {
        if (entry != null && entry.CaseId != caseId) throw new ArgumentException("The entry is another case's.", nameof(entry));
        var cases = new Dictionary<Guid, ScoredCaseEntry>(_cases);
        if (entry == null) cases.Remove(caseId);
        else cases[caseId] = entry;
        return new JourneyHealthLedger(cases, _answers);
    }

    /// <summary>
    /// This ledger with the case's feedback answers replaced by <paramref name="answers"/>, all the case has now: an
    /// answer listed before but not now (deleted, or moved to another case or contact) leaves.
    /// </summary>
    public JourneyHealthLedger WithCaseAnswers(Guid caseId, IEnumerable<FeedbackEntry> answers)
    {
        var byId = _answers.Values.Where(a => a.CaseId != caseId).ToDictionary(a => a.Id);
        foreach (var a in answers)
        {
            if (a.CaseId != caseId) throw new ArgumentException($"Feedback {a.Id:D} is not about case {caseId:D}.", nameof(answers));
            byId[a.Id] = a;
        }
        return new JourneyHealthLedger(_cases, byId);
    }

    /// <summary>This ledger with one answer added, or replacing the answer of the same id.</summary>
    public JourneyHealthLedger WithAnswer(FeedbackEntry answer)
    {
        var byId = new Dictionary<Guid, FeedbackEntry>(_answers) { [answer.Id] = answer };
        return new JourneyHealthLedger(_cases, byId);
    }

    /// <summary>
    /// The journey's health from the ledger: scored cases are experiences dated by their resolution; feedback about no
    /// case is an experience of its own, while feedback about a case counts through that case's composite. The latest
    /// answers and the NPS category come from the most recently answered feedback, with or without a case.
    /// </summary>
    public JourneyHealthResult Summarize(JourneyHealthSettings settings, DateTime nowUtc)
    {
        var experiences = new List<JourneyExperience>();
        var cases = Cases;
        foreach (var c in cases) experiences.Add(new JourneyExperience(c.OnUtc, c.Composite));
        var answers = Answers;
        foreach (var f in answers.Where(a => a.CaseId == null))
        {
            var answer = new FeedbackAnswers(f.Csat, f.Ces, f.Nps, f.AnsweredOnUtc);
            if (!answer.IsEmpty) experiences.Add(new JourneyExperience(f.AnsweredOnUtc, null, answer));
        }

        var health = JourneyHealthCalculator.Calculate(experiences, settings, nowUtc);
        var latestFirst = answers.OrderByDescending(a => a.AnsweredOnUtc).ThenByDescending(a => a.Id).ToList();
        var latestNps = latestFirst.Select(a => a.Nps).FirstOrDefault(v => v.HasValue);
        health = health with { LatestNps = latestNps, NpsCategory = NpsCategories.FromScore(latestNps) };
        return new JourneyHealthResult(health,
            latestFirst.Select(a => a.Csat).FirstOrDefault(v => v.HasValue),
            latestFirst.Select(a => a.Ces).FirstOrDefault(v => v.HasValue),
            latestNps,
            cases.Count);
    }
}

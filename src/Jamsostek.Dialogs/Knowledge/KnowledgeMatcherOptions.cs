namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// How the matcher weighs its evidence. The defaults were chosen by a sweep on the original held-out set
/// and the fresh set's DEV part (tests/Jamsostek.Dialogs.Tests/Knowledge/eval/README.md); the other
/// values stay so the sweep can be run again after the topics change.
/// </summary>
/// <param name="IndexAnswers">Titles and answer lines count as a topic's words (coverage) and train the classifier.</param>
/// <param name="SpellFromAnswers">Typos are also corrected towards words of the answers.</param>
/// <param name="IdfFromAnswers">Answer lines count as documents for word weights.</param>
/// <param name="Bm25Answers">Titles and answer lines are BM25 documents too.</param>
/// <param name="AnswerWeight">Weight of a title or answer line in training, against 1 for an example.</param>
/// <param name="ClassifierRank">Share of the classifier's probability in the ranking; the rest is BM25 relative to the best hit.</param>
/// <param name="ClassifierConfidence">Share of the classifier's probability in the confidence; the rest is word coverage.</param>
/// <param name="DiscountUnknown">The classifier's share of the confidence is scaled by how much of the question it has seen in training.</param>
/// <param name="UnknownWeight">Weight of a word no topic knows in the coverage, against the weight of the rarest known word.</param>
/// <param name="IntentRules">The rules of maksud.yaml may move a topic above the ranking's best (programme and intent words).</param>
/// <param name="OutOfScopeClass">The out-of-scope examples of maksud.yaml train one more classifier class.</param>
/// <param name="OutOfScopePenalty">Share of the out-of-scope class's probability taken off the confidence (1.25 since round 5: with four
/// times the examples topics know more everyday words, so a question like the out-of-scope ones must lose more; at or
/// above 0.8 probability it loses all).</param>
/// <param name="OutOfScopeWeight">Weight of an out-of-scope example in training, against 1 for a topic example.</param>
/// <param name="PointerPenalty">The out-of-scope class's probability is taken off a pointer's confidence too (a pointer is out of scope by nature).</param>
/// <param name="PointersApart">A topic's confidence ignores the pointers: their classes' probability is left out (the rest renormalised)
/// and their examples give no word weights, so a question a pointer does not win is judged as it was without pointers.</param>
/// <param name="PointerLead">A pointer stays first only when the best topic's ranking score is under this share of the pointer's: a near tie
/// goes to the topic (a worker asking "NIK itu yang mana di KTP" asks a BPJS Ketenagakerjaan question in Dukcapil's words).</param>
/// <param name="Concepts">The word groups of maksud.yaml add one concept term to every text that mentions one of their words.</param>
/// <param name="ScopeDetector">Round 8: a separate in-scope/out-of-scope model (<see cref="Knowledge.ScopeDetector"/>), trained on the
/// topic examples against maksud.yaml's out_of_scope lines, judges the question apart from which topic it is. On by default: on
/// writers the matcher never saw (leave-writers-out, eval/README.md "Round 8") it cuts the out-of-scope lines answered with a
/// topic from 12 to 4 of 241, and with it the threshold could come down from 0.48 to 0.40, which answers more of their in-scope
/// questions.</param>
/// <param name="ScopeMinimum">With the detector: under this in-scope probability no topic is answered (the closest are offered).
/// 0.40 by round 2's rule on development data (best top-1 with at most 1 of 167 out-of-scope answered), ties broken by the
/// fewest unseen writers' out-of-scope lines answered.</param>
/// <param name="ScopePenalty">With the detector: share of its out-of-scope probability taken off the confidence (measured: a
/// minimum alone does as well, the detector's probabilities being near 0 or 1).</param>
/// <param name="ScopeOutOfScopeWeight">With the detector: weight of an out-of-scope line in its training; 0 balances the two
/// classes (weights 1 and 4 never met the development rule).</param>
/// <param name="ScopeEpochs">With the detector: passes over its training data (5 and 15 measured: no better).</param>
/// <param name="ScopePairs">With the detector: pairs of neighbouring words are features too (off: they cost unseen writers'
/// questions and out-of-scope lines alike, one to three of each).</param>
/// <param name="ScopeGroups">With the detector: its word groups (loans, other agencies, BPJS Kesehatan...) are features too
/// (without them no setting met the development rule).</param>
/// <param name="ScopeUnknownWords">With the detector: the share of the question's terms no in-scope example says is a feature
/// (leave-one-out in training). Off: within noise on unseen writers (4 more of their questions, 2 fewer of t13-t14's 193
/// out-of-scope lines answered).</param>
/// <param name="AlsoAskedRatio">A second topic whose ranking score reaches this share of the first's is offered first among the follow-ups.</param>
internal sealed record KnowledgeMatcherOptions(
    bool IndexAnswers = true,
    bool SpellFromAnswers = false,
    bool IdfFromAnswers = false,
    bool Bm25Answers = true,
    double AnswerWeight = 0.5,
    double ClassifierRank = 0.7,
    double ClassifierConfidence = 0.5,
    double AlsoAskedRatio = 0.4,
    bool DiscountUnknown = true,
    double UnknownWeight = 0.5,
    bool IntentRules = true,
    bool OutOfScopeClass = true,
    double OutOfScopePenalty = 1.25,
    double OutOfScopeWeight = 1,
    bool PointerPenalty = true,
    bool PointersApart = true,
    double PointerLead = 1,
    bool Concepts = true,
    bool ScopeDetector = true,
    double ScopeMinimum = 0.40,
    double ScopePenalty = 0,
    double ScopeOutOfScopeWeight = 0,
    int ScopeEpochs = 40,
    bool ScopePairs = false,
    bool ScopeGroups = true,
    bool ScopeUnknownWords = false)
{
    public static KnowledgeMatcherOptions Default { get; } = new();
}

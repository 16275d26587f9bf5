using System.Collections.Frozen;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// Finds the topic a worker's question is about: normalise (slang, typos), stem, rank topics by BM25 over
/// their examples and answers combined with a classifier (which also knows out-of-scope questions), let the
/// intent rules of maksud.yaml pick between close topics, then judge confidence by how much of the question
/// the best topic explains. Safe to share between concurrent chats; build once at start-up.
/// </summary>
public sealed class KnowledgeMatcher : IDisposable
{
    /// <summary>
    /// Chosen by a sweep on the development data (the original held-out set and all of fresh.tsv): the best
    /// top-1 with at most 1 of their 167 out-of-scope questions answered (see tests/.../Knowledge/eval/README.md).
    /// Higher than round 4's 0.28 since round 5's examples: topics explain more of any question, in scope or not.
    /// Kept in round 6: with writers t5-t8's examples only 0.60 answers at most 1 (0.32 to 0.58 answer 2), and 0.60 costs
    /// 11 development questions and 4 points on unseen writers' questions, so 2 of 167 is accepted (eval/README.md).
    /// Round 7: with the candidate pointers (tests/.../Knowledge/candidates/rujukan.yaml) the same rule gives 0.40, but with
    /// writers t9-t12's examples in, that configuration answers MORE of unseen writers' out-of-scope lines (leave-writers-out:
    /// 4/87 against 3/87), so no pointers ship and 0.48 stays (eval/README.md, "Round 7" and "At the merge").
    /// Round 8: 0.40, chosen by the same rule together with the scope detector's minimum (KnowledgeMatcherOptions): the
    /// detector keeps the out-of-scope questions that a lower threshold lets through (development 1 of 167; writers the
    /// matcher never saw: 4 of 241 out-of-scope lines answered against 12 at 0.48 without it, and more of their questions right).
    /// </summary>
    public const double DefaultThreshold = 0.40;

    private const int ClosestCount = 3;

    private readonly KnowledgeBase _knowledge;
    private readonly KnowledgeMatcherOptions _options;
    private readonly IndonesianTextAnalyzer _analyzer;
    private readonly SpellingCorrector _speller;
    private readonly ConceptTagger _concepts;
    private readonly KnowledgeIndex _index;
    private readonly TopicClassifier _classifier;
    private readonly ScopeDetector? _scope;
    private readonly FrozenDictionary<string, int> _inScopeFrequency; // in how many in-scope examples a term is
    private readonly FrozenSet<string>[] _topicTerms;
    private readonly string[][][] _exampleTerms; // [topic][example][term]
    private readonly FrozenDictionary<string, double> _idf;
    private readonly double _unknownIdf;
    private readonly FrozenDictionary<string, int> _topicIndex;

    private KnowledgeMatcher(KnowledgeBase knowledge, double threshold, KnowledgeMatcherOptions options)
    {
        _knowledge = knowledge;
        _options = options;
        _topicIndex = knowledge.Topics.Select((t, i) => (t.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        Threshold = threshold;
        var concepts = options.Concepts ? knowledge.Concepts : new Dictionary<string, IReadOnlySet<string>>();
        _analyzer = new IndonesianTextAnalyzer(knowledge.StopWords, knowledge.QuestionWords.Concat(concepts.Keys.Select(k => ConceptTagger.Prefix + k)));
        _concepts = new ConceptTagger(concepts, _analyzer.Terms);

        var examples = knowledge.Topics
            .SelectMany((t, i) => t.Examples.Select(e => (Text: knowledge.Normalizer.Normalize(e), Topic: i)))
            .ToList();
        // Titles and answer lines: what a topic says about itself, in the words a worker who read it would use.
        var answers = options.IndexAnswers
            ? knowledge.Topics.SelectMany((t, i) => t.Answer.Split('\n').Prepend(t.Title)
                .Select(line => (Text: knowledge.Normalizer.Normalize(line), Topic: i))).ToList()
            : [];

        _speller = new SpellingCorrector(
            examples.Concat(options.SpellFromAnswers ? answers : []).SelectMany(x => x.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            knowledge.StopWords);

        // Per-document terms give document frequencies (for idf) and each topic's vocabulary (for coverage).
        var exampleTerms = examples.Select(x => (Terms: TermsOf(x.Text), x.Topic)).ToList();
        var answerTerms = answers.Select(x => (Terms: TermsOf(x.Text), x.Topic)).ToList();
        var allTerms = exampleTerms.Concat(answerTerms).ToList();
        _topicTerms = knowledge.Topics
            .Select((_, i) => allTerms.Where(x => x.Topic == i).SelectMany(x => x.Terms).ToFrozenSet(StringComparer.Ordinal))
            .ToArray();
        _exampleTerms = knowledge.Topics
            .Select((_, i) => exampleTerms.Where(x => x.Topic == i).Select(x => x.Terms.ToArray()).ToArray())
            .ToArray();
        var idfDocs = (options.IdfFromAnswers ? allTerms : exampleTerms)
            .Where(x => !options.PointersApart || !knowledge.Topics[x.Topic].IsPointer).ToList();
        double n = idfDocs.Count;
        _idf = idfDocs.SelectMany(x => x.Terms).GroupBy(t => t, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Idf(n, g.Count()), StringComparer.Ordinal);
        _unknownIdf = Idf(n, 0);
        var documents = examples.Zip(exampleTerms, (x, t) => (Text: Tagged(x.Text, t.Terms), x.Topic))
            .Concat(answers.Zip(answerTerms, (x, t) => (Text: Tagged(x.Text, t.Terms), x.Topic)).Where(_ => options.Bm25Answers))
            .ToList();
        _index = new KnowledgeIndex(_analyzer, documents);

        var training = exampleTerms.Zip(examples, (t, e) => (Features: ClassifierFeatures(t.Terms, e.Text), t.Topic, Weight: 1.0))
            .Concat(answerTerms.Zip(answers, (t, a) => (Features: ClassifierFeatures(t.Terms, a.Text), t.Topic, Weight: options.AnswerWeight)))
            .ToList();
        // Normalised and split once: both the classifier's out-of-scope class and the scope detector train on them.
        var outOfScopeLines = knowledge.OutOfScopeExamples.Select(knowledge.Normalizer.Normalize).Select(text => (Text: text, Terms: TermsOf(text))).ToList();

        // One more class for what no topic answers, so such a question lowers every topic's probability.
        var outOfScope = _options.OutOfScopeClass ? outOfScopeLines : [];
        training.AddRange(outOfScope.Select(line => (Features: ClassifierFeatures(line.Terms, line.Text), Topic: knowledge.Topics.Count, Weight: options.OutOfScopeWeight)));
        _classifier = TopicClassifier.Train(training, knowledge.Topics.Count + (outOfScope.Count > 0 ? 1 : 0));

        // Round 8: in scope or not, judged apart from which topic (ScopeDetector says why); pointers are not BPJS business.
        _inScopeFrequency = options.ScopeUnknownWords
            ? exampleTerms.Where(x => !knowledge.Topics[x.Topic].IsPointer).SelectMany(x => x.Terms.Distinct(StringComparer.Ordinal))
                .GroupBy(t => t, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)
            : FrozenDictionary<string, int>.Empty;
        _scope = options.ScopeDetector && outOfScopeLines.Count > 0
            ? ScopeDetector.Train(
                [.. exampleTerms.Zip(examples, (t, e) => (Features: ScopeFeatures(t.Terms, e.Text, own: !knowledge.Topics[t.Topic].IsPointer), InScope: !knowledge.Topics[t.Topic].IsPointer)),
                 .. outOfScopeLines.Select(line => (Features: ScopeFeatures(line.Terms, line.Text), InScope: false))],
                options.ScopeOutOfScopeWeight,
                options.ScopeEpochs)
            : null;
    }

    /// <summary>Minimum <see cref="KnowledgeMatch.Score"/> at which a topic is answered.</summary>
    public double Threshold { get; }

    /// <summary>
    /// The matcher over the YAML examples only: production and the evaluation build it the same way, so
    /// the measured accuracy is the shipped one (more training questions belong in the YAML files).
    /// </summary>
    public static KnowledgeMatcher Build(KnowledgeBase knowledge, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new KnowledgeMatcher(knowledge, threshold, KnowledgeMatcherOptions.Default);
    }

    /// <summary>The matcher with other weights: for the evaluation's sweeps and cross-validation only.</summary>
    internal static KnowledgeMatcher Build(KnowledgeBase knowledge, KnowledgeMatcherOptions options, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        return new KnowledgeMatcher(knowledge, threshold, options);
    }

    public KnowledgeMatch Match(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (Rank(question) is not { } ranking)
        {
            return new KnowledgeMatch(null, 0, []);
        }

        if (ranking.IsGreeting)
        {
            return new KnowledgeMatch(null, 0, [], IsGreeting: true);
        }

        var (corrected, terms, guessed, bm25, probabilities, known, combined, ranked) = ranking;
        if (_options.PointersApart && !_knowledge.Topics[ranked[0]].IsPointer)
        {
            probabilities = WithoutPointers(probabilities);
        }

        var confidence = Confidence(ranked[0], terms, guessed, probabilities[ranked[0]] * (_options.DiscountUnknown ? known : 1));
        if (_options.IntentRules && PreferredByIntent(ranked[0], corrected, terms) is { } preferred)
        {
            // The words saying what is asked pick between close topics; the question was understood either way,
            // so the confidence already earned stays, and the topic it displaced is offered first.
            var displaced = ranked[0];
            ranked.Remove(preferred);
            ranked.Insert(0, preferred);
            combined[preferred] = Math.Max(combined[preferred], combined[displaced]);
            confidence = Math.Max(confidence, Confidence(preferred, terms, guessed, probabilities[preferred] * (_options.DiscountUnknown ? known : 1)));
        }

        if (probabilities.Length > combined.Length && (_options.PointerPenalty || !_knowledge.Topics[ranked[0]].IsPointer))
        {
            // Probability that no topic answers it: "lowongan kurir" shares words with topics but asks for none.
            confidence *= Math.Max(0, 1 - (_options.OutOfScopePenalty * probabilities[^1]));
        }

        if (_scope is not null && !_knowledge.Topics[ranked[0]].IsPointer)
        {
            // A question the detector judges someone else's business is not answered with a topic however well its words
            // match one ("ada lowongan kurir" and the couriers of keringanan-iuran); it still gets the closest topics offered.
            // A pointer (rujukan.yaml) is the answer for someone else's business, so the detector never holds one back.
            var inScope = ScopeProbability(ranking);
            confidence *= inScope >= _options.ScopeMinimum ? Math.Max(0, 1 - (_options.ScopePenalty * (1 - inScope))) : 0;
        }

        var top = ranked[0];
        if (terms.TrueForAll(t => !_topicTerms[top].Contains(t) || IsFiller(t)))
        {
            confidence = 0; // "lagi apa", "kapan?": a question word alone says nothing about the topic
        }

        var closest = ranked.Take(ClosestCount).Select(t => _knowledge.Topics[t]).ToList();
        if (confidence < Threshold)
        {
            // Offered back only when the question shares a word with them: the classifier gives every topic some
            // probability, so "asdfgh" would otherwise be offered three topics it has nothing to do with.
            var said = bm25.Select(b => b.Topic).ToHashSet();
            var offered = ranked.Where(said.Contains).Take(ClosestCount).Select(t => _knowledge.Topics[t]).ToList();
            return new KnowledgeMatch(null, confidence, offered);
        }

        // Two topics in one question: the second is offered, never answered in place of the first.
        var also = ranked.Count > 1 && combined[ranked[1]] >= _options.AlsoAskedRatio * combined[top] ? closest[1] : null;
        return new KnowledgeMatch(closest[0], confidence, closest, AlsoAsked: also);
    }

    /// <summary>
    /// The ranking's evidence for each of the best <paramref name="count"/> topics, best first: what a re-ranker
    /// would learn from (ranking score against the best, classifier probability, BM25 against the best, word
    /// coverage both ways, whether an intent rule prefers it, rank, out-of-scope probability, whether Match picks it). Empty for a greeting or an empty question.
    /// </summary>
    internal IReadOnlyList<(int Topic, double[] Features)> Evidence(string question, int count)
    {
        if (Rank(question) is not { IsGreeting: false } r)
        {
            return [];
        }

        var best = r.Combined[r.Ranked[0]];
        var bm25Best = r.Bm25.Count == 0 ? 1 : r.Bm25[0].Score;
        var preferred = _options.IntentRules ? PreferredByIntent(r.Ranked[0], r.Corrected, r.Terms) : null;
        return [.. r.Ranked.Take(count).Select((t, rank) => (t, new[]
        {
            r.Combined[t] / best,
            r.Probabilities[t],
            r.Bm25.Where(b => b.Topic == t).Select(b => b.Score / bm25Best).DefaultIfEmpty(0).First(),
            Coverage(r.Terms, r.Guessed, _topicTerms[t]),
            BestExampleCoverage(r.Terms, _exampleTerms[t]),
            preferred == t ? 1 : 0,
            rank == 0 ? 1 : 0,
            r.Probabilities.Length > r.Combined.Length ? r.Probabilities[^1] : 0,
            (preferred ?? r.Ranked[0]) == t ? 1 : 0,
        }))];
    }

    /// <summary>
    /// The scope detector's probability that a topic answers the question (1 without a detector, for a greeting or an
    /// empty question): for the evaluation's sweeps of how it is combined with the confidence.
    /// </summary>
    internal double InScopeProbability(string question) =>
        _scope is not null && Rank(question) is { IsGreeting: false } ranking ? ScopeProbability(ranking) : 1;

    private double ScopeProbability(Ranking ranking) =>
        _scope!.InScopeProbability(ScopeFeatures(ranking.Terms, string.Join(' ', ranking.Words)));

    private sealed record Ranking(
        string[] Corrected, List<string> Terms, List<string> Guessed, List<(int Topic, float Score)> Bm25,
        double[] Probabilities, double Known, double[] Combined, List<int> Ranked)
    {
        public bool IsGreeting { get; init; }

        /// <summary>The normalised words before typo correction ("beras" stays "beras", not "berkas").</summary>
        public string[] Words { get; init; } = [];
    }

    /// <summary>Normalise, correct, rank by BM25 and the classifier; null when nothing ranks.</summary>
    private Ranking? Rank(string question)
    {
        var words = _knowledge.Normalizer.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (IsGreeting(words))
        {
            return new Ranking([], [], [], [], [], 0, [], []) { IsGreeting = true };
        }

        var corrected = words.Select(_speller.Correct).ToArray();
        var terms = TermsOf(string.Join(' ', corrected));
        var guessed = corrected.SequenceEqual(words, StringComparer.Ordinal)
            ? []
            : terms.Except(TermsOf(string.Join(' ', words)), StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var bm25 = _index.Search(terms);
        if (bm25.Count == 0 && _options.ClassifierRank == 0)
        {
            return null;
        }

        var (probabilities, known) = _classifier.Predict(ClassifierFeatures(terms, string.Join(' ', words)));
        var best = bm25.Count == 0 ? 1 : bm25[0].Score;
        var combined = new double[_knowledge.Topics.Count];
        foreach (var (topic, score) in bm25)
        {
            combined[topic] += (1 - _options.ClassifierRank) * score / best;
        }

        for (var t = 0; t < combined.Length; t++)
        {
            combined[t] += _options.ClassifierRank * probabilities[t];
        }

        var ranked = Enumerable.Range(0, combined.Length).Where(t => combined[t] > 0)
            .OrderByDescending(t => combined[t]).ThenBy(t => t).ToList();
        var firstTopic = ranked.FindIndex(t => !_knowledge.Topics[t].IsPointer);
        if (firstTopic > 0 && combined[ranked[firstTopic]] >= _options.PointerLead * combined[ranked[0]])
        {
            // A near tie with a pointer goes to the topic: answering a BPJS question with "ask Dukcapil" costs the worker more.
            var topic = ranked[firstTopic];
            ranked.RemoveAt(firstTopic);
            ranked.Insert(0, topic);
        }

        return ranked.Count == 0 ? null : new Ranking(corrected, terms, guessed, bm25, probabilities, known, combined, ranked) { Words = words };
    }

    /// <summary>The classifier's probabilities with the pointers' share left out and the rest scaled back to 1.</summary>
    private double[] WithoutPointers(double[] probabilities)
    {
        var pointers = 0.0;
        for (var t = 0; t < _knowledge.Topics.Count; t++)
        {
            pointers += _knowledge.Topics[t].IsPointer ? probabilities[t] : 0;
        }

        if (pointers is 0 or >= 1)
        {
            return probabilities;
        }

        var result = new double[probabilities.Length];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = c < _knowledge.Topics.Count && _knowledge.Topics[c].IsPointer ? 0 : probabilities[c] / (1 - pointers);
        }

        return result;
    }

    /// <summary>
    /// Both directions count equally: the topic explains the question, and the question says the example; the
    /// classifier's probability (scaled by how much of the question it knows) is the other share.
    /// </summary>
    private double Confidence(int topic, List<string> terms, List<string> guessed, double probability)
    {
        var lexical = (Coverage(terms, guessed, _topicTerms[topic]) + BestExampleCoverage(terms, _exampleTerms[topic])) / 2;
        return ((1 - _options.ClassifierConfidence) * lexical) + (_options.ClassifierConfidence * probability);
    }

    /// <summary>The topic the first applicable rule of maksud.yaml prefers to <paramref name="top"/>, or null.</summary>
    private int? PreferredByIntent(int top, string[] words, List<string> terms)
    {
        if (_knowledge.IntentRules.Count == 0)
        {
            return null;
        }

        var said = words.Concat(terms).ToHashSet(StringComparer.Ordinal);
        var id = _knowledge.Topics[top].Id;
        foreach (var rule in _knowledge.IntentRules)
        {
            // The preferred topic must know a word of the question besides the question words ("siapa").
            if (rule.Over.Contains(id) && rule.Applies(said) && _topicIndex.TryGetValue(rule.Prefer, out var preferred)
                && terms.Exists(t => _topicTerms[preferred].Contains(t) && !IsFiller(t)))
            {
                return preferred;
            }
        }

        return null;
    }

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>
    /// "halo apa kabar", "selamat siang min", "pagi": only greeting words (and fillers, question words);
    /// the welcome is the answer, not a topic picked from "apa".
    /// </summary>
    private bool IsGreeting(string[] words) =>
        words.Length > 0
        && words.Any(_knowledge.Greetings.Contains)
        && words.All(w => _knowledge.Greetings.Contains(w) || _knowledge.StopWords.Contains(w) || _knowledge.QuestionWords.Contains(w));

    /// <summary>
    /// Share of the question's information (idf-weighted terms) that the topic's examples contain.
    /// Words never seen in any example weigh most, so "harga beras berapa" scores low even though
    /// "berapa" matches the contribution topic.
    /// </summary>
    /// <remarks>A word reached only by typo correction counts half: "beras" is one letter from "berkas".</remarks>
    private double Coverage(List<string> terms, List<string> guessed, FrozenSet<string> topicTerms)
    {
        double covered = 0, total = 0;
        foreach (var term in terms)
        {
            var weight = _idf.GetValueOrDefault(term, _unknownIdf * _options.UnknownWeight);
            total += weight;
            if (topicTerms.Contains(term))
            {
                covered += guessed.Contains(term, StringComparer.Ordinal) ? weight / 2 : weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    /// <summary>
    /// How much of the closest example the question says: guards against a short chat line ("apa kabar")
    /// that happens to sit inside a long example ("udah daftar kok belum ada kabar").
    /// </summary>
    private double BestExampleCoverage(List<string> terms, string[][] examples)
    {
        var best = 0.0;
        foreach (var example in examples)
        {
            double covered = 0, total = 0;
            foreach (var term in example)
            {
                var weight = _idf.GetValueOrDefault(term, _unknownIdf);
                total += weight;
                if (terms.Contains(term, StringComparer.Ordinal))
                {
                    covered += weight;
                }
            }

            best = total == 0 ? best : Math.Max(best, covered / total);
        }

        return best;
    }

    /// <summary>The stemmed terms of a normalised text and the concept terms its words and stems add.</summary>
    private List<string> TermsOf(string text)
    {
        var terms = _analyzer.Terms(text);
        terms.AddRange(_concepts.Tags(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), terms).Where(t => !terms.Contains(t, StringComparer.Ordinal)));
        return terms;
    }

    // The index reads the text itself, so the concept terms are written into it.
    private string Tagged(string text, List<string> terms) =>
        string.Join(' ', terms.Where(_concepts.Terms.Contains).Prepend(text));

    // Question words and concept terms say what kind of question it is, not which topic.
    private bool IsFiller(string term) => _knowledge.QuestionWords.Contains(term) || _concepts.Terms.Contains(term);

    private IReadOnlyList<(string Feature, float Value)> ClassifierFeatures(IReadOnlyList<string> terms, string text) =>
        TopicClassifier.Features(terms, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_knowledge.StopWords.Contains(w)));

    /// <param name="own">An in-scope training example: its own terms do not count as known (leave-one-out), so the detector
    /// sees in training how often an in-scope question says a word no other example says.</param>
    /// <remarks>Greeting words are left out: "selamat pagi" says nothing about scope, and chit-chat among the out-of-scope lines
    /// would otherwise make "selamat pagi, cara daftar gimana" look out of scope.</remarks>
    private IReadOnlyList<(string Feature, float Value)> ScopeFeatures(IReadOnlyList<string> allTerms, string text, bool own = false)
    {
        var terms = allTerms.Where(t => !_knowledge.Greetings.Contains(t)).ToList();
        double? unknown = null;
        if (_options.ScopeUnknownWords)
        {
            var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
            var known = own ? 2 : 1;
            unknown = distinct.Count == 0 ? 0 : (double)distinct.Count(t => _inScopeFrequency.GetValueOrDefault(t) < known) / distinct.Count;
        }

        return ScopeDetector.Features(
            terms,
            [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !_knowledge.StopWords.Contains(w) && !_knowledge.Greetings.Contains(w))],
            unknown,
            _options.ScopePairs,
            _options.ScopeGroups);
    }

    // Lucene's BM25 idf, so coverage weighs words as the ranking does.
    private static double Idf(double documents, int documentFrequency) =>
        Math.Log(1 + ((documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}

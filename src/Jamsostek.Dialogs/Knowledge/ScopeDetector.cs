namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// Issue 15, round 8: a binary judge of whether a question is BPJS Ketenagakerjaan's business at all, apart from which
/// topic it is. The topic classifier's out-of-scope class competes with 24 topics, so a question that shares a topic's
/// words ("ktp saya hilang" and klaim's KTP) gets most of its probability from that topic; trained on in scope against out
/// of scope only, the weights go to the words that separate the two (loans, other agencies, BPJS Kesehatan, prices).
/// Logistic regression (<see cref="TopicClassifier"/> with two classes) over the topic classifier's features (stemmed
/// words, character n-grams) and the word groups below; word pairs ("bpjs kesehatan") can be added, measured and left off.
/// </summary>
internal sealed class ScopeDetector
{
    private const int InScope = 0;
    private const int OutOfScope = 1;

    // Kinds of business that are someone else's, written from general knowledge of what workers ask in such groups (never
    // from a question of any set). One feature a group pools rare words ("akulaku" with "pinjol"); the regression learns
    // each group's weight from the examples, so a group that in-scope examples use too ("rumah sakit") weighs little.
    private static readonly Dictionary<string, string[]> Groups = new(StringComparer.Ordinal)
    {
        ["pinjaman"] = ["pinjam", "pinjaman", "pinjol", "kredit", "cicil", "cicilan", "kur", "gadai", "utang", "hutang", "bunga",
            "kredivo", "akulaku", "leasing", "angsuran", "paylater", "modal", "rentenir", "koperasi"],
        ["kesehatan"] = ["kesehatan", "kis", "jkn", "faskes", "puskesmas", "bpjskes", "klinik", "dokter", "obat", "kartu indonesia sehat"],
        ["dukcapil"] = ["dukcapil", "ktp", "ektp", "kk", "akta", "paspor", "sim", "domisili", "capil", "kelurahan", "kecamatan", "nikah", "kua"],
        ["bansos"] = ["bansos", "pkh", "blt", "bpnt", "dtks", "sembako", "prakerja", "subsidi", "bantuan", "pupuk", "raskin", "bst"],
        ["pajak"] = ["pajak", "npwp", "spt", "samsat", "zakat", "stnk", "bpkb", "tilang"],
        ["jualbeli"] = ["harga", "jual", "beli", "murah", "promo", "diskon", "ongkir", "toko", "pesan", "order", "orderan"],
        ["lowongan"] = ["lowongan", "loker", "lamaran", "melamar", "rekrut", "interview", "gaji", "umr", "thr"],
        ["obrolan"] = ["cuaca", "hujan", "banjir", "bola", "skor", "lagu", "film", "resep", "pacar", "jodoh", "nyanyi", "game", "wkwk", "wkwkwk"],
    };

    private readonly TopicClassifier _model;

    private ScopeDetector(TopicClassifier model) => _model = model;

    /// <param name="documents">Features (from <see cref="Features"/>) and whether a topic answers the text.</param>
    /// <param name="outOfScopeWeight">Weight of an out-of-scope text in training against 1 for an in-scope one; 0 balances
    /// the classes (out-of-scope lines are about a tenth of the examples).</param>
    /// <param name="epochs">Passes over the documents in training.</param>
    public static ScopeDetector Train(IReadOnlyList<(IReadOnlyList<(string Feature, float Value)> Features, bool InScope)> documents, double outOfScopeWeight, int epochs)
    {
        var inScope = documents.Count(d => d.InScope);
        var outOfScope = documents.Count - inScope;
        var weight = outOfScopeWeight > 0 ? outOfScopeWeight : outOfScope == 0 ? 1 : (double)inScope / outOfScope;
        var training = documents.Select(d => (d.Features, Topic: d.InScope ? InScope : OutOfScope, Weight: d.InScope ? 1 : weight)).ToList();
        return new ScopeDetector(TopicClassifier.Train(training, 2, epochs));
    }

    /// <summary>Probability that a topic answers the question; features the training never saw are ignored.</summary>
    public double InScopeProbability(IReadOnlyList<(string Feature, float Value)> features) => _model.Predict(features).Probabilities[InScope];

    /// <summary>
    /// The topic classifier's features, the pairs of neighbouring words and the groups above (each scaled to unit length, as
    /// <see cref="TopicClassifier.Features"/> scales its own), from the stemmed terms and the normalised words.
    /// </summary>
    /// <param name="unknown">Share of the question's terms that no in-scope example says (null: not a feature).</param>
    public static IReadOnlyList<(string Feature, float Value)> Features(IReadOnlyList<string> terms, IReadOnlyList<string> words, double? unknown = null, bool pairs = false, bool groups = true)
    {
        var result = new List<(string Feature, float Value)>(TopicClassifier.Features(terms, words));
        if (unknown is > 0)
        {
            // "spaylater", "taspen", "npwp": a word no topic example uses is itself a sign of someone else's business.
            result.Add(("u:unknown", (float)unknown.Value));
        }

        if (pairs && words.Count > 1)
        {
            var value = (float)(1 / Math.Sqrt(words.Count - 1));
            for (var i = 1; i < words.Count; i++)
            {
                result.Add(("p:" + words[i - 1] + "_" + words[i], value));
            }
        }

        if (!groups)
        {
            return result;
        }

        var text = " " + string.Join(' ', words) + " ";
        var said = Groups.Where(g => g.Value.Any(w => text.Contains(" " + w + " ", StringComparison.Ordinal) || terms.Contains(w, StringComparer.Ordinal)))
            .Select(g => "g:" + g.Key).ToList();
        result.AddRange(said.Select(g => (g, 1f / (float)Math.Sqrt(said.Count))));
        return result;
    }
}

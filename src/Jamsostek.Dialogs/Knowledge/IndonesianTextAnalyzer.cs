using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// Lucene's Indonesian analysis (tokenise, lower-case, stop words, stem) with our own stop list, because
/// the default list drops "berapa", "bagaimana", "tidak" and "bisa", which tell topics apart.
/// </summary>
internal sealed class IndonesianTextAnalyzer : IDisposable
{
    public const string Field = "text";
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    // IndonesianStemmer keeps per-call state; the analyzer reuses one chain per thread, but a lock
    // makes the guarantee explicit and costs nothing measurable next to the search itself.
    private readonly Lock _gate = new();

    /// <param name="keepUnstemmed">Words the stemmer must leave alone: it turns "berapa" into "apa" and "dimana" into "mana".</param>
    public IndonesianTextAnalyzer(IEnumerable<string> stopWords, IEnumerable<string> keepUnstemmed)
    {
        Analyzer = new IndonesianAnalyzer(
            Version,
            new CharArraySet(Version, stopWords.ToList(), ignoreCase: true),
            new CharArraySet(Version, keepUnstemmed.ToList(), ignoreCase: true));
    }

    public Analyzer Analyzer { get; }

    /// <summary>The stemmed terms of <paramref name="text"/>, duplicates removed, in order of appearance.</summary>
    public List<string> Terms(string text)
    {
        var terms = new List<string>();
        lock (_gate)
        {
            using var stream = Analyzer.GetTokenStream(Field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var value = term.ToString();
                if (!terms.Contains(value, StringComparer.Ordinal))
                {
                    terms.Add(value);
                }
            }

            stream.End();
        }

        return terms;
    }

    public void Dispose() => Analyzer.Dispose();
}

using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// BM25 over the example questions, one Lucene document per example, held in memory.
/// IndexSearcher is safe for concurrent searches; the index is never written after construction.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable
{
    private const int MaxHits = 60;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _docTopic;

    /// <param name="examples">Normalised example text and the index of its topic.</param>
    public KnowledgeIndex(IndonesianTextAnalyzer analyzer, IReadOnlyList<(string Text, int Topic)> examples)
    {
        var similarity = new BM25Similarity();
        var config = new IndexWriterConfig(IndonesianTextAnalyzer.Version, analyzer.Analyzer)
        {
            Similarity = similarity,
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var (text, topic) in examples)
            {
                writer.AddDocument(new Document
                {
                    new TextField(IndonesianTextAnalyzer.Field, text, Field.Store.NO),
                    new StoredField("topic", topic),
                });
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };

        // Reading the stored topic once here keeps document loading out of every search.
        _docTopic = new int[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _docTopic[doc] = _reader.Document(doc).GetField("topic").GetInt32Value() ?? -1;
        }
    }

    /// <summary>
    /// Topics ranked by their three best examples' BM25 scores (weights 1, 1/2, 1/4), best first: a topic
    /// that several examples support beats one lucky look-alike example.
    /// </summary>
    public List<(int Topic, float Score)> Search(IReadOnlyList<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(IndonesianTextAnalyzer.Field, term)), Occur.SHOULD);
        }

        // A collector that takes documents in order: Lucene then scores the disjunction with BooleanScorer2 instead of
        // BooleanScorer, whose table of 2 048 buckets was allocated on every search (issue 12: a tenth of the bytes the
        // host allocated under a crowd). Same hits, same BM25 sums.
        var collector = TopScoreDocCollector.Create(MaxHits, docsScoredInOrder: true);
        _searcher.Search(query, collector);
        var ranked = new List<(int Topic, float Score, int Seen)>();
        foreach (var hit in collector.GetTopDocs().ScoreDocs)
        {
            var topic = _docTopic[hit.Doc];
            var at = ranked.FindIndex(r => r.Topic == topic);
            if (at < 0)
            {
                ranked.Add((topic, hit.Score, 1));
            }
            else if (ranked[at].Seen < 3)
            {
                // Hits come best first, so this is the topic's 2nd or 3rd best example.
                var (t, score, seen) = ranked[at];
                ranked[at] = (t, score + (hit.Score / (1 << seen)), seen + 1);
            }
        }

        return ranked.OrderByDescending(r => r.Score).Select(r => (r.Topic, r.Score)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

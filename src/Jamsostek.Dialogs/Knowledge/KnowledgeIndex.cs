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
    private const int MaxHits = 40;

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

    /// <summary>Topics ranked by their best-matching example's BM25 score, best first.</summary>
    public List<(int Topic, float Score)> Search(IReadOnlyList<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(IndonesianTextAnalyzer.Field, term)), Occur.SHOULD);
        }

        var ranked = new List<(int Topic, float Score)>();
        foreach (var hit in _searcher.Search(query, MaxHits).ScoreDocs)
        {
            var topic = _docTopic[hit.Doc];
            if (!ranked.Exists(r => r.Topic == topic))
            {
                ranked.Add((topic, hit.Score)); // hits come best first, so the first per topic is its best
            }
        }

        return ranked;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

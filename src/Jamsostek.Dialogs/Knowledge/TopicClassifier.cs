using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Jamsostek.Dialogs.Knowledge;

/// <summary>
/// Multinomial logistic regression over a question's stemmed words and the character n-grams of its
/// words, trained at start-up on the examples, titles and answer lines. The n-grams carry what BM25 on
/// whole words misses: typos, affixes, regional spellings ("daftarke", "badaftar"). Small enough to train
/// in well under a second and to score a question in microseconds; immutable once trained.
/// </summary>
internal sealed class TopicClassifier
{
    private const int Epochs = 40;
    private const double LearningRate = 0.5;
    private const double L2 = 1e-5;

    private readonly FrozenDictionary<string, float[]> _weights;
    private readonly float[] _bias;

    private TopicClassifier(FrozenDictionary<string, float[]> weights, float[] bias)
    {
        _weights = weights;
        _bias = bias;
    }

    public int Classes => _bias.Length;

    /// <param name="documents">Feature vectors (from <see cref="Features"/>), their topic and their weight in training.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="epochs">Passes over the documents: fewer give softer probabilities (the scope detector's choice).</param>
    public static TopicClassifier Train(IReadOnlyList<(IReadOnlyList<(string Feature, float Value)> Features, int Topic, double Weight)> documents, int classes, int epochs = Epochs)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (features, _, _) in documents)
        {
            foreach (var (feature, _) in features)
            {
                if (!weights.ContainsKey(feature))
                {
                    weights[feature] = new float[classes];
                }
            }
        }

        var bias = new float[classes];
        var rows = documents.Select(d => d.Features.Select(f => (Row: weights[f.Feature], f.Value)).ToArray()).ToArray();
        var order = Enumerable.Range(0, documents.Count).ToArray();
        var random = new Random(15); // fixed: the same files always give the same matcher
        var probabilities = new double[classes];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = LearningRate / (1 + (epoch * 0.2));
            foreach (var i in order)
            {
                var (_, topic, weight) = documents[i];
                Softmax(rows[i], bias, probabilities);
                var decay = (float)(1 - (rate * L2));
                for (var c = 0; c < classes; c++)
                {
                    var gradient = (float)(rate * weight * ((c == topic ? 1 : 0) - probabilities[c]));
                    bias[c] += gradient;
                    foreach (var (row, value) in rows[i])
                    {
                        row[c] = (row[c] * decay) + (gradient * value);
                    }
                }
            }
        }

        return new TopicClassifier(weights.ToFrozenDictionary(StringComparer.Ordinal), bias);
    }

    /// <summary>
    /// Probability of each topic for a question's features, and the share of the features' weight the
    /// classifier has seen in training: unknown features are ignored, so a question made mostly of them
    /// ("lowongan kurir jnt") gets a confident-looking answer from its few known pieces.
    /// </summary>
    public (double[] Probabilities, double Known) Predict(IReadOnlyList<(string Feature, float Value)> features)
    {
        var rows = new List<(float[] Row, float Value)>(features.Count);
        double known = 0, total = 0;
        foreach (var (feature, value) in features)
        {
            total += value * value;
            if (_weights.TryGetValue(feature, out var row))
            {
                rows.Add((row, value));
                known += value * value;
            }
        }

        var probabilities = new double[_bias.Length];
        Softmax(CollectionsMarshal.AsSpan(rows), _bias, probabilities);
        return (probabilities, total == 0 ? 0 : known / total);
    }

    /// <summary>
    /// Stemmed terms (weight 1 in total) and the 3- to 5-letter pieces of each word with its edges marked
    /// (weight 1 in total): both groups scaled to unit length so a long question does not shout.
    /// </summary>
    public static IReadOnlyList<(string Feature, float Value)> Features(IReadOnlyList<string> terms, IEnumerable<string> words)
    {
        var result = new List<(string, float)>();
        if (terms.Count > 0)
        {
            var value = (float)(1 / Math.Sqrt(terms.Count));
            result.AddRange(terms.Select(t => ("w:" + t, value)));
        }

        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var marked = "<" + word + ">";
            for (var n = 3; n <= 5; n++)
            {
                for (var start = 0; start + n <= marked.Length; start++)
                {
                    grams.Add(marked.Substring(start, n));
                }
            }
        }

        if (grams.Count > 0)
        {
            var value = (float)(1 / Math.Sqrt(grams.Count));
            result.AddRange(grams.Select(g => (g, value)));
        }

        return result;
    }

    private static void Softmax(ReadOnlySpan<(float[] Row, float Value)> rows, float[] bias, double[] probabilities)
    {
        for (var c = 0; c < bias.Length; c++)
        {
            probabilities[c] = bias[c];
        }

        foreach (var (row, value) in rows)
        {
            for (var c = 0; c < bias.Length; c++)
            {
                probabilities[c] += row[c] * value;
            }
        }

        var max = probabilities.Max();
        var sum = 0.0;
        for (var c = 0; c < bias.Length; c++)
        {
            probabilities[c] = Math.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }

        for (var c = 0; c < bias.Length; c++)
        {
            probabilities[c] /= sum;
        }
    }
}

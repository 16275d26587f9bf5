using System.Text;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>
/// One line of an evaluation file (eval/*.tsv): <c>labels&lt;TAB&gt;question</c>, where labels are the
/// comma-separated ids of every topic whose answer answers the question, or <c>-</c> when out of scope.
/// </summary>
internal sealed record LabelledQuestion(int Line, IReadOnlyList<string> Labels, string Question)
{
    public const string OutOfScope = "-";

    /// <summary>The first label (questions.tsv has one per question), or null when out of scope.</summary>
    public string? Label => Labels.Count == 0 ? null : Labels[0];

    public bool IsOutOfScope => Labels.Count == 0;

    /// <summary>questions.tsv: held out (never an example) or train (must be an example), by <see cref="HeldOutByHash"/>.</summary>
    public bool IsHeldOut => HeldOutByHash(Question);

    /// <summary>fresh.tsv: in the dev-test part (about 60%; untouched in round 1 only), by <see cref="FreshTestByHash"/>.</summary>
    public bool IsFreshTest => FreshTestByHash(Question);

    public bool Accepts(string? topicId) => topicId is not null && Labels.Contains(topicId, StringComparer.Ordinal);

    /// <summary>
    /// Reads the file. A line's part is chosen by a hash of its question text, not by its position, so adding
    /// or moving lines never moves another question between parts.
    /// </summary>
    public static IReadOnlyList<LabelledQuestion> ReadAll(string path)
    {
        var result = new List<LabelledQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"{path}:{lineNumber}: expected labels<TAB>question");
            }

            var labels = line[..tab].Trim();
            var question = line[(tab + 1)..].Trim();
            result.Add(new LabelledQuestion(
                lineNumber,
                labels == OutOfScope ? [] : labels.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                question));
        }

        return result;
    }

    /// <summary>
    /// Half the questions are held out: those whose hash is even. The other half is the train part,
    /// which must be in the YAML examples (the only index there is).
    /// </summary>
    public static bool HeldOutByHash(string question) => Hash(question) % 2 == 0;

    /// <summary>
    /// Three in five fresh questions (hash mod 5 is 2, 3 or 4) are the dev-test part: untouched in round 1 of
    /// issue 15, development data since (final.tsv is the untouched set); reported apart to stay comparable.
    /// </summary>
    public static bool FreshTestByHash(string question) => Hash(question) % 5 >= 2;

    /// <summary>FNV-1a, 32 bit, of the trimmed lower-cased UTF-8 text.</summary>
    private static uint Hash(string question)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(question.Trim().ToLowerInvariant()))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }
}

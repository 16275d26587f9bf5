using System.Text;

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>One line of eval/questions.tsv. <see cref="Label"/> is a topic id, or null when out of scope.</summary>
internal sealed record LabelledQuestion(int Line, string? Label, string Question, bool IsHeldOut)
{
    public const string OutOfScope = "-";

    /// <summary>
    /// Reads the file. A line is held out by a hash of its question text, not by its position, so adding
    /// or moving lines never moves another question between train and held-out (see <see cref="HeldOutByHash"/>).
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
                throw new FormatException($"{path}:{lineNumber}: expected label<TAB>question");
            }

            var label = line[..tab].Trim();
            var question = line[(tab + 1)..].Trim();
            result.Add(new LabelledQuestion(lineNumber, label == OutOfScope ? null : label, question, HeldOutByHash(question)));
        }

        return result;
    }

    /// <summary>
    /// Half the questions are held out: those whose FNV-1a hash (32 bit, of the lower-cased UTF-8 text) is
    /// even. The other half is the train part, which must be in the YAML examples (the only index there is).
    /// </summary>
    public static bool HeldOutByHash(string question)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(question.Trim().ToLowerInvariant()))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash % 2 == 0;
    }
}

namespace Jamsostek.Dialogs.Tests.Knowledge;

/// <summary>One line of eval/questions.tsv. <see cref="Label"/> is a topic id, or null when out of scope.</summary>
internal sealed record LabelledQuestion(int Line, string? Label, string Question, bool IsHeldOut)
{
    public const string OutOfScope = "-";

    /// <summary>
    /// Reads the file; every 3rd data line is held out (deterministic, and spread over all topics
    /// because the file is grouped by topic).
    /// </summary>
    public static IReadOnlyList<LabelledQuestion> ReadAll(string path)
    {
        var result = new List<LabelledQuestion>();
        var dataLine = 0;
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

            dataLine++;
            var label = line[..tab].Trim();
            result.Add(new LabelledQuestion(
                lineNumber,
                label == OutOfScope ? null : label,
                line[(tab + 1)..].Trim(),
                IsHeldOut: dataLine % 3 == 0));
        }

        return result;
    }
}

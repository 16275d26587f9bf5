namespace Jamsostek.Dialogs.Engine;

/// <summary>Words that open a question ("berapa", "gimana"): a sentence starting with one is asked, not answered.</summary>
internal static class QuestionWords
{
    public static bool Contains(string word) => Words.Contains(word);

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "apa", "apakah", "berapa", "brp", "brapa", "bagaimana", "gimana", "gmn", "gmna", "bgmn", "kapan", "siapa",
        "dimana", "mana", "kenapa", "mengapa", "bisakah", "bolehkah", "kalau", "klo", "kalo", "kl",
    };
}

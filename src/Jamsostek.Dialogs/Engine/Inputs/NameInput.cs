using Jamsostek.Dialogs.Flows;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>
/// A person's name as on the KTP: letters, spaces and the punctuation names really use. Short names
/// ("O", "Nur'aini", "I Gusti Ngurah Rai") pass; answers that are not names ("ya", "tidak tahu") and
/// keyboard mashes ("asdfghjkl", "bcdfg") are explained and asked again.
/// </summary>
internal sealed class NameInput : IInputType
{
    private const string Vowels = "aeiouy";

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"];

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "tidak tahu", "tidak tau", "tdk tahu", "tdk tau", "gak tahu", "gak tau", "ga tau", "ga tahu", "gk tau",
        "nggak tahu", "ngak tau", "ngak tahu", "entah", "lupa", "tidak ada", "gak ada", "ga ada", "belum tahu",
        "rahasia", "nama", "nama saya", "nama lengkap", "test", "tes", "coba", "halo", "hai", "apa",
    };

    public string Name => "name";

    public InputReading Read(StepDefinition step, InboundInput input, TurnScope scope)
    {
        var text = InputTypes.TextOf(input);
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputReading.Refuse("Nama masih kosong.");
        }

        var name = NonAnswers.StripNameLeadIn(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        if (NonAnswers.IsKinship(name))
        {
            // "suami", "anak sy": the relation is asked next; here the person's own name is needed.
            var example = step.Example is { } e ? scope.Render(e) : "SITI AMINAH";
            return InputReading.Refuse($"\"{ChoiceInput.Shorten(name)}\" adalah hubungan keluarga, bukan nama. Mohon ketik nama lengkapnya seperti di KTP, contoh: {example}");
        }

        if (name.Any(char.IsDigit))
        {
            return InputReading.Refuse("Nama tidak boleh berisi angka.");
        }

        if (name.Any(c => !char.IsLetter(c) && c is not (' ' or '.' or '\'' or '-' or ',')))
        {
            return InputReading.Refuse("Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik atau tanda hubung.");
        }

        if (!name.Any(char.IsLetter))
        {
            return InputReading.Refuse("Nama masih kosong.");
        }

        // One lower-case letter ("s") is a slip of the thumb; a real one-letter name ("O") is typed as on the KTP.
        if (name.Length == 1 && !char.IsUpper(name[0]))
        {
            return InputReading.Refuse($"\"{name}\" terlalu pendek untuk nama. Mohon ketik nama lengkap seperti tertulis di KTP.");
        }

        if (name.Length > 100)
        {
            return InputReading.Refuse("Nama terlalu panjang (lebih dari 100 huruf).");
        }

        var normal = TextNormalizer.Normalize(name);
        var words = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (NotNames.Contains(normal) || (words.Length <= 2 && normal.Length > 1 && YesNoParser.Parse(normal).Ok))
        {
            return InputReading.Refuse($"\"{ChoiceInput.Shorten(name)}\" bukan nama. Mohon ketik nama lengkap seperti tertulis di KTP.");
        }

        // The raw letters, not the normalised form: that squeezes "xxxx" to "xx".
        var raw = name.ToLowerInvariant().Split([' ', '.', '\'', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        return raw.Any(LooksMashed)
            ? InputReading.Refuse($"\"{ChoiceInput.Shorten(name)}\" tidak terbaca sebagai nama. Mohon ketik nama lengkap seperti tertulis di KTP.")
            : InputReading.Accept(name);
    }

    // A word of four or more letters with no vowel, five consonants in a row, or a run along a keyboard row.
    private static bool LooksMashed(string word)
    {
        if (word.Length >= 4 && !word.Any(c => Vowels.Contains(c, StringComparison.Ordinal)))
        {
            return true;
        }

        var run = 0;
        foreach (var c in word)
        {
            run = char.IsLetter(c) && !Vowels.Contains(c, StringComparison.Ordinal) ? run + 1 : 0;
            if (run >= 5)
            {
                return true;
            }
        }

        return word.Length >= 5 && KeyboardRows.Any(row => row.Contains(word, StringComparison.Ordinal));
    }
}

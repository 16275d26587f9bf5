using System.Text.RegularExpressions;
using Jamsostek.Dialogs.Parsing;

namespace Jamsostek.Dialogs.Engine.Inputs;

/// <summary>
/// What people type into a free-text step that is no answer to it: a command or a status check ("status"),
/// filler ("sesuai ktp", "tdk tau", "terima kasih"), a phone number, a kinship word where a name is asked
/// ("suami", "anak sy"); and the lead-ins they put before a real answer ("nama sy …", "alamat saya di …").
/// </summary>
internal static partial class NonAnswers
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "status", "cek status", "daftar", "lihat data", "lihat data saya", "data saya", "info", "tanya", "menu utama",
        "sesuai ktp", "sesuai di ktp", "sesuai dengan ktp", "sama dengan ktp", "sama dgn ktp", "sama ktp", "ada di ktp", "lihat ktp", "di ktp", "ktp",
        "tidak tahu", "tidak tau", "tdk tahu", "tdk tau", "gak tahu", "gak tau", "ga tau", "ga tahu", "gk tau", "gk tahu", "g tau",
        "nggak tahu", "nggak tau", "ngak tau", "ngak tahu", "entah", "lupa", "tidak ada", "gak ada", "ga ada", "gk ada", "tdk ada", "belum tahu",
        "terima kasih", "terimakasih", "makasih", "trima kasih", "trimakasih", "thanks", "thank you", "tq", "ok", "oke", "okey", "okay", "siap",
        "ya", "iya", "tidak", "gak", "ga", "sama", "sudah", "udah", "rahasia", "test", "tes", "coba", "halo", "hai", "apa", "alamat", "rumah",
    };

    private static readonly HashSet<string> Kin = new(StringComparer.Ordinal)
    {
        "suami", "istri", "isteri", "bini", "laki", "pasangan", "anak", "putra", "putri", "bapak", "ibu", "ayah", "emak", "mama", "papa",
        "orang", "tua", "ortu", "kakak", "adik", "abang", "saudara", "cucu", "mertua", "keponakan", "paman", "bibi", "om", "tante",
        "kandung", "pertama", "kedua", "ketiga", "sulung", "bungsu", "laki-laki", "perempuan", "sy", "saya", "aku", "ku", "gue", "kami",
        "yang", "yg", "dan", "atau", "ke", "nya",
    };

    /// <summary>"nama sy siti aminah" → "siti aminah"; the answer unchanged when there is no lead-in.</summary>
    public static string StripNameLeadIn(string text) => Strip(NameLeadIn(), text);

    /// <summary>"alamat saya di jl. merdeka 5" → "jl. merdeka 5".</summary>
    public static string StripAddressLeadIn(string text) => Strip(AddressLeadIn(), text);

    public static bool IsFiller(string text) => Filler.Contains(TextNormalizer.Normalize(text));

    /// <summary>Only kinship words and pronouns: "suami", "anak sy", "istri saya".</summary>
    public static bool IsKinship(string text)
    {
        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.Any(w => w is not ("sy" or "saya" or "aku" or "ku" or "yang" or "yg" or "dan" or "atau" or "ke" or "nya")) && words.All(Kin.Contains);
    }

    /// <summary>One word that names nobody: a kinship word, a pronoun or filler ("saya", "anak", "info").</summary>
    public static bool IsKin(string normalWord) => Kin.Contains(normalWord);

    public static bool IsKinOrFiller(string normalWord) => Kin.Contains(normalWord) || Filler.Contains(normalWord);

    /// <summary>Mostly digits, ten or more of them: a phone number (or a NIK), not an address or a name.</summary>
    public static bool IsPhoneNumber(string text)
    {
        var digits = text.Count(char.IsAsciiDigit);
        return digits >= 9 && text.Count(char.IsLetter) <= 2;
    }

    private static string Strip(Regex leadIn, string text)
    {
        var stripped = leadIn.Replace(text.Trim(), string.Empty, 1).Trim();
        return stripped.Length == 0 ? text.Trim() : stripped;
    }

    [GeneratedRegex(@"^(nama(\s+lengkap)?(\s+(saya|sy|aku|sya))?|nm\s+(sy|saya)|namaku|namanya)\b\s*(adalah|ialah|yaitu)?\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameLeadIn();

    [GeneratedRegex(@"^(alamat(\s+lengkap)?(\s+(saya|sy|aku|sya|rumah(\s+(saya|sy))?))?|almt(\s+(sy|saya))?|rumah\s+(saya|sy)|(saya|sy|aku)\s+tinggal)\b\s*(adalah|yaitu)?\s*:?\s*(di\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressLeadIn();
}

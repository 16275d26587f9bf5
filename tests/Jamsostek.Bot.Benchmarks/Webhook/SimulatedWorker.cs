using System.Globalization;
using System.Text.RegularExpressions;

namespace Jamsostek.Bot.Benchmarks.Webhook;

/// <summary>
/// A worker who registers by reading each prompt, as ../shared/perf/loadgen.js does (the same answers, so the figures
/// compare): presses the first positive button (its own district when offered), types the NIK, names, dates and so on.
/// </summary>
public sealed partial class SimulatedWorker(int index)
{
    public long Chat { get; } = 6_000_000 + index;

    /// <summary>The next thing to send: text, or a button's data on a message.</summary>
    public (string? Text, string? Data, long MessageId) Answer(IReadOnlyList<SentMessage> sent, bool first)
    {
        if (first)
        {
            return ("daftar", null, 0);
        }

        var last = sent[^1];
        if (last.Buttons.Count > 0)
        {
            var pick = last.Buttons.FirstOrDefault(b => b.Text.Contains("kandangan", StringComparison.OrdinalIgnoreCase));
            if (pick == default)
            {
                pick = last.Buttons.FirstOrDefault(b => !Negative().IsMatch(b.Text));
            }

            if (pick == default)
            {
                pick = last.Buttons[0];
            }

            return (null, pick.Data, last.Id);
        }

        var text = last.Text.ToLowerInvariant();
        var (nik, date) = Identity(index);
        string answer = text switch
        {
            _ when text.Contains("nik", StringComparison.Ordinal) && !text.Contains("tanggal", StringComparison.Ordinal) => nik,
            _ when text.Contains("lahir", StringComparison.Ordinal) => date,
            _ when text.Contains("ahli waris", StringComparison.Ordinal) && text.Contains("hubungan", StringComparison.Ordinal) => "istri",
            _ when text.Contains("ahli waris", StringComparison.Ordinal) => $"Ahli Waris {Letters(index)}",
            _ when text.Contains("kecamatan", StringComparison.Ordinal) => "Kandangan",
            _ when text.Contains("desa", StringComparison.Ordinal) || text.Contains("kelurahan", StringComparison.Ordinal) => "Kandangan Kota",
            _ when text.Contains("alamat", StringComparison.Ordinal) => $"Jl. Uji No. {index}",
            _ when Phone().IsMatch(text) => $"0812{index:D8}",
            _ when text.Contains("penghasilan", StringComparison.Ordinal) => "2,5 jt",
            _ when text.Contains("pekerjaan", StringComparison.Ordinal) => "pedagang",
            _ when text.Contains("nama", StringComparison.Ordinal) => $"Pekerja Uji {Letters(index)}",
            _ when text.Contains("daftar", StringComparison.Ordinal) => "daftar",
            _ => "ya",
        };
        return (answer, null, 0);
    }

    /// <summary>A reply is whole when its last message asks something (buttons, a step, a question) or ends the registration.</summary>
    public static bool IsWhole(IReadOnlyList<SentMessage> sent) =>
        sent.Count > 0 && (sent[^1].Buttons.Count > 0 || Asks().IsMatch(sent[^1].Text));

    public static bool IsDone(IReadOnlyList<SentMessage> sent) => sent.Any(m => Done().IsMatch(m.Text));

    private static string Letters(int n)
    {
        var s = string.Empty;
        do
        {
            s = (char)('a' + (n % 26)) + s;
            n /= 26;
        }
        while (n > 0);
        return s;
    }

    // A unique, valid NIK (Kandangan, HSS) and the birth date that matches it.
    private static (string Nik, string Date) Identity(int i)
    {
        int day = 1 + (i % 28), month = 1 + (i / 28 % 12), year = 70 + (i / 336 % 30), serial = 1 + (i / 13440);
        var female = i % 2 == 1;
        return (string.Create(CultureInfo.InvariantCulture, $"630605{(female ? day + 40 : day):D2}{month:D2}{year:D2}{serial:D4}"),
            string.Create(CultureInfo.InvariantCulture, $"{day:D2}-{month:D2}-19{year:D2}"));
    }

    [GeneratedRegex("tidak|batal|ubah|bukan|kembali|lainnya", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\bhp\b|telepon|ponsel|whatsapp")]
    private static partial Regex Phone();

    [GeneratedRegex(@"langkah|\?|referensi|ketik daftar", RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    [GeneratedRegex("referensi|berhasil|terima kasih telah mendaftar", RegexOptions.IgnoreCase)]
    private static partial Regex Done();
}

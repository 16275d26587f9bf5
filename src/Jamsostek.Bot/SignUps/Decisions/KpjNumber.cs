using System.Globalization;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>
/// The 11-digit KPJ number issued by the official system. A refusal says what was typed (how many digits, and
/// whether something else came with them), so the officer sees at once a digit was dropped or a space slipped in.
/// </summary>
public static class KpjNumber
{
    public const int Length = 11;

    /// <summary>
    /// The number as stored: the official system shows it grouped ("2601 234 5678", "2601.234.5678"), so spaces,
    /// dots and dashes an officer copies with it are dropped; anything else stays for <see cref="Problem"/> to name.
    /// </summary>
    public static string? Normalise(string? kpj) =>
        kpj is null ? null : new string(kpj.Where(c => c is not (' ' or '.' or '-' or '\u00a0')).ToArray());

    /// <summary>Null when the number (once <see cref="Normalise"/>d) is 11 ASCII digits; otherwise the officer-facing reason.</summary>
    public static string? Problem(string? kpj)
    {
        kpj = Normalise(kpj);
        if (string.IsNullOrEmpty(kpj))
        {
            return "Nomor KPJ harus 11 angka; belum ada yang Anda ketik.";
        }

        // ASCII only: \d would also take Arabic-Indic or other digits the official system does not know.
        var digits = kpj.Count(char.IsAsciiDigit);
        var others = kpj.Length - digits;
        if (others > 0)
        {
            return Invariant($"Nomor KPJ harus 11 angka, tanpa huruf; yang Anda ketik {digits} angka dan {others} tanda lain (spasi, titik dan tanda hubung boleh).");
        }

        return digits == Length ? null : Invariant($"Nomor KPJ harus 11 angka; yang Anda ketik {digits} angka.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

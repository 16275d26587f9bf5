using System.Globalization;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>
/// The 11-digit KPJ number issued by the official system. A refusal says what was typed (how many digits, and
/// whether something else came with them), so the officer sees at once a digit was dropped or a space slipped in.
/// </summary>
public static class KpjNumber
{
    public const int Length = 11;

    /// <summary>Null when the number is 11 ASCII digits; otherwise the officer-facing reason.</summary>
    public static string? Problem(string? kpj)
    {
        if (string.IsNullOrEmpty(kpj))
        {
            return "Nomor KPJ harus 11 angka; belum ada yang Anda ketik.";
        }

        // ASCII only: \d would also take Arabic-Indic or other digits the official system does not know.
        var digits = kpj.Count(char.IsAsciiDigit);
        var others = kpj.Length - digits;
        if (others > 0)
        {
            return Invariant($"Nomor KPJ harus 11 angka, tanpa huruf, spasi atau tanda baca; yang Anda ketik {digits} angka dan {others} tanda lain.");
        }

        return digits == Length ? null : Invariant($"Nomor KPJ harus 11 angka; yang Anda ketik {digits} angka.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

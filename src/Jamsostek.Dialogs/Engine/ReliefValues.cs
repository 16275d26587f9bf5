using Jamsostek.Bpu;
using Jamsostek.Dialogs.Text;

namespace Jamsostek.Dialogs.Engine;

/// <summary>
/// The computed values about a temporary relief and what the contribution becomes after it. A relief that
/// ends next month would otherwise make "Rp16.400/bulan" read as the price for a whole year of payments.
/// </summary>
internal static class ReliefValues
{
    /// <summary>The flow text (texts.keringanan) that explains the relief; it may use every value below.</summary>
    public const string TextKey = "keringanan";

    private const string DefaultText =
        "Harga di bawah sudah termasuk potongan {keringanan_persen}% untuk JKK dan JKM ({keringanan_peraturan}) sampai iuran bulan {keringanan_sampai}; "
        + "mulai {keringanan_sesudah}: {iuran_jkk_jkm_penuh} atau {iuran_lengkap_penuh} dengan JHT.";

    // The longest payment period offered: the horizon over which a change of rate is worth telling.
    private const int Horizon = 12;

    public static IEnumerable<KeyValuePair<string, Func<TurnScope, string>>> All() =>
    [
        new("keringanan", Relief),
        new("keringanan_persen", s => ReliefOf(s) is { } r ? r.PercentOff.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
        new("keringanan_peraturan", s => ReliefOf(s)?.Regulation ?? string.Empty),
        new("keringanan_sampai", s => ReliefOf(s) is { } r ? IndonesianFormat.Month(r.LastMonth) : string.Empty),
        new("keringanan_sesudah", s => ReliefOf(s) is { } r ? IndonesianFormat.Month(r.LastMonth.AddMonths(1)) : string.Empty),
        new("iuran_jkk_jkm_penuh", s => ContributionQuotes.For(s, BpuPrograms.Basic) is { } q ? IndonesianFormat.Money(q.TotalWithoutRelief) : string.Empty),
        new("iuran_lengkap_penuh", s => ContributionQuotes.For(s, BpuPrograms.WithJht) is { } q ? IndonesianFormat.Money(q.TotalWithoutRelief) : string.Empty),
        new("iuran_ke_depan", Ahead),
    ];

    private static ReliefInfo? ReliefOf(TurnScope scope) =>
        ContributionQuotes.SponsorName(scope) is null ? ContributionQuotes.For(scope, BpuPrograms.Basic)?.Relief : null;

    private static string Relief(TurnScope scope)
    {
        if (ContributionQuotes.SponsorName(scope) is { } sponsor)
        {
            return $"Iuran Anda dibayar oleh {sponsor}; Anda tidak perlu membayar sendiri.";
        }

        if (ReliefOf(scope) is null)
        {
            return string.Empty;
        }

        var text = scope.Flow?.Text(TextKey, DefaultText) ?? DefaultText;
        return scope.Render(text);
    }

    // "Rp68.400 sebulan", or where the rate changes within a year of payments
    // "Rp16.400 untuk iuran bulan Desember 2026, lalu Rp32.800 sebulan".
    private static string Ahead(TurnScope scope)
    {
        if (ContributionQuotes.SponsorName(scope) is { } sponsor)
        {
            return $"dibayar oleh {sponsor}, bukan oleh Anda";
        }

        var months = ContributionQuotes.Months(scope, Horizon);
        if (months.Count == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        for (var i = 0; i < months.Count; i++)
        {
            var last = i;
            while (last + 1 < months.Count && months[last + 1].Amount == months[i].Amount)
            {
                last++;
            }

            var amount = IndonesianFormat.Money(months[i].Amount);
            parts.Add(last == months.Count - 1 ? amount + " sebulan"
                : last == i ? $"{amount} untuk iuran bulan {IndonesianFormat.Month(months[i].Month)}"
                : $"{amount} sebulan sampai iuran bulan {IndonesianFormat.Month(months[last].Month)}");
            i = last;
        }

        return string.Join(", lalu ", parts);
    }
}

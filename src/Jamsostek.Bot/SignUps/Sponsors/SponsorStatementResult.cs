using Jamsostek.Bot.Shared;
using System.Globalization;
using System.Text;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>A sponsor's statement for one month: its members and the total due.</summary>
public sealed record SponsorStatementResult(Sponsor Sponsor, DateOnly Month, bool InPeriod, IReadOnlyList<SponsorStatementRow> Rows)
{
    public decimal Total => Rows.Sum(r => r.Amount);

    public string ToCsv()
    {
        var text = new StringBuilder(Csv.Line(["KPJ", "Nama", "NIK", "Kode desa", "Desa", "Program", "Iuran (Rp)"]));
        foreach (var r in Rows)
        {
            text.Append(Csv.Line([r.Kpj, r.FullName, r.MaskedNik, r.VillageCode, r.VillageName, Sponsor.Programs.Replace(',', '+'), Money(r.Amount)]));
        }

        text.Append(Csv.Line(["Jumlah", Rows.Count.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty, string.Empty, string.Empty, Money(Total)]));
        return text.ToString();
    }

    private static string Money(decimal amount) => amount.ToString("0", CultureInfo.InvariantCulture);
}

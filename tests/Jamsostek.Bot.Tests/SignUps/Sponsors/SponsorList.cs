using System.Globalization;
using System.Text;
using Jamsostek.Bpu;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

/// <summary>
/// A regency's beneficiary list for tests: <c>rows</c> data rows in Kab. Hulu Sungai Selatan (63.06), exactly 3 in
/// every 100 bad, in six kinds whose reasons are known; the village written as a code or as its name by turns.
/// Line numbers are the file's: the header is line 1, row k is on line k + 2.
/// </summary>
public static class SponsorList
{
    public const string Header = "No.;NIK;Nama Lengkap;No HP/WA;Desa/Kelurahan;Pekerjaan";

    public static readonly IReadOnlyList<Village> Villages = UniqueVillagesOf("63.06");

    public static string Nik(int k) => $"630601010190{k + 1:D4}";

    public static bool IsBad(int k) => k % 100 < 3;

    /// <summary>The reasons row k must get (none for a good row).</summary>
    public static string[] Reasons(int k) => !IsBad(k) ? [] : (k / 100 % 6) switch
    {
        0 => ["NIK harus 16 angka, tertulis 15 angka."],
        1 => ["Tanggal lahir pada NIK (angka ke-7 sampai ke-12) bukan tanggal yang benar."],
        2 => ["Usia 76 tahun (dari NIK): melewati batas usia mendaftar peserta BPU (65 tahun)."],
        3 => ["Desa/kelurahan \"Antah Berantah\" tidak ditemukan di Kab. Hulu Sungai Selatan."],
        4 => [$"NIK sama dengan baris {k - 10 + 2}."],
        _ => ["Nomor HP \"12345\" bukan nomor HP Indonesia yang sah (contoh 0812-3456-7890)."],
    };

    public static string Csv(int rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var k = 0; k < rows; k++)
        {
            text.AppendJoin(';', Row(k)).Append('\n');
        }

        return text.ToString();
    }

    public static string[] Row(int k)
    {
        var village = Villages[k % Villages.Count];
        var (nik, phone, villageCell) = (Nik(k), $"0812{10_000_000 + k}", k % 2 == 0 ? village.Code : village.Name);
        if (IsBad(k))
        {
            switch (k / 100 % 6)
            {
                case 0: nik = nik[..15]; break;
                case 1: nik = $"630601320190{k + 1:D4}"; break;
                case 2: nik = $"630601010150{k + 1:D4}"; break;
                case 3: villageCell = "Antah Berantah"; break;
                case 4: nik = Nik(k - 10); break;
                default: phone = "12345"; break;
            }
        }

        return [(k + 1).ToString(CultureInfo.InvariantCulture), nik, $"Pekerja Rentan {k}", phone, villageCell, "pekerja rentan"];
    }

    private static List<Village> UniqueVillagesOf(string regency)
    {
        var regions = RegionCatalog.LoadEmbedded();
        var all = regions.DistrictsOf(regency).SelectMany(d => regions.VillagesOf(d.Code)).ToList();
        return [.. all.GroupBy(v => v.Name.ToLowerInvariant()).Where(g => g.Count() == 1).Select(g => g.Single())];
    }
}

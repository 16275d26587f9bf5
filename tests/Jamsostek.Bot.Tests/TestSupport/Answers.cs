namespace Jamsostek.Bot.Tests.TestSupport;

/// <summary>A complete set of registration answers, keyed by slot name.</summary>
public static class Answers
{
    public const string Nik = "6306055208900003";

    public static Dictionary<string, string> Complete(string nik = Nik) => new()
    {
        ["nik"] = nik,
        ["nama"] = "Siti Aminah",
        ["tanggal_lahir"] = "1990-08-12",
        ["jenis_kelamin"] = "P",
        ["kabupaten"] = "63.06",
        ["kecamatan"] = "63.06.05",
        ["desa"] = "63.06.05.2001",
        ["alamat"] = "Jl. Pasar Baru RT 02",
        ["no_hp"] = "+6281251234567",
        ["pekerjaan"] = "pedagang",
        ["penghasilan"] = "2500000",
        ["dasar_penghasilan"] = "2600000",
        ["iuran_bulanan"] = "68400",
        ["program"] = "JKK,JKM,JHT",
        ["periode_bayar"] = "3",
        ["ahli_waris_nama"] = "Budi Santoso",
        ["ahli_waris_hubungan"] = "suami",
    };
}

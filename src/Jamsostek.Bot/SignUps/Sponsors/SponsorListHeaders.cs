namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// Matches the header of a list as a regency's staff write it ("No. KTP", "Nama Lengkap", "No HP/WA", "Desa/Kelurahan",
/// "Pekerjaan"): case, spaces and punctuation are ignored, then the name is looked up among the usual spellings.
/// </summary>
public static class SponsorListHeaders
{
    private static readonly Dictionary<string, SponsorListColumn> Known = new(StringComparer.Ordinal)
    {
        ["nik"] = SponsorListColumn.Nik, ["noktp"] = SponsorListColumn.Nik, ["nomorktp"] = SponsorListColumn.Nik,
        ["ktp"] = SponsorListColumn.Nik, ["niktp"] = SponsorListColumn.Nik, ["nomorindukkependudukan"] = SponsorListColumn.Nik,
        ["noinduk"] = SponsorListColumn.Nik, ["nonik"] = SponsorListColumn.Nik, ["nomornik"] = SponsorListColumn.Nik,
        ["nama"] = SponsorListColumn.Name, ["namalengkap"] = SponsorListColumn.Name, ["namapeserta"] = SponsorListColumn.Name,
        ["namapekerja"] = SponsorListColumn.Name, ["namasesuaiktp"] = SponsorListColumn.Name, ["namapenerima"] = SponsorListColumn.Name,
        ["hp"] = SponsorListColumn.Phone, ["nohp"] = SponsorListColumn.Phone, ["nomorhp"] = SponsorListColumn.Phone,
        ["nohpwa"] = SponsorListColumn.Phone, ["nomorhpwa"] = SponsorListColumn.Phone, ["wa"] = SponsorListColumn.Phone,
        ["nowa"] = SponsorListColumn.Phone, ["nomorwa"] = SponsorListColumn.Phone, ["whatsapp"] = SponsorListColumn.Phone,
        ["telepon"] = SponsorListColumn.Phone, ["notelp"] = SponsorListColumn.Phone, ["notelepon"] = SponsorListColumn.Phone,
        ["nomortelepon"] = SponsorListColumn.Phone, ["telp"] = SponsorListColumn.Phone, ["handphone"] = SponsorListColumn.Phone,
        ["desa"] = SponsorListColumn.Village, ["kelurahan"] = SponsorListColumn.Village, ["desakelurahan"] = SponsorListColumn.Village,
        ["namadesa"] = SponsorListColumn.Village, ["kodedesa"] = SponsorListColumn.Village, ["desakel"] = SponsorListColumn.Village,
        ["kel"] = SponsorListColumn.Village, ["kelurahandesa"] = SponsorListColumn.Village,
        ["pekerjaan"] = SponsorListColumn.Occupation, ["jenispekerjaan"] = SponsorListColumn.Occupation,
        ["profesi"] = SponsorListColumn.Occupation, ["kelompok"] = SponsorListColumn.Occupation, ["jabatan"] = SponsorListColumn.Occupation,
        ["kategori"] = SponsorListColumn.Occupation, ["kelompokpekerja"] = SponsorListColumn.Occupation,
    };

    /// <summary>The column each header cell names (null for one it does not know, e.g. "No." or "Keterangan").</summary>
    public static SponsorListColumn?[] Match(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var seen = new HashSet<SponsorListColumn>();
        return [.. header.Select(cell => Known.TryGetValue(Normalize(cell), out var column) && seen.Add(column) ? column : (SponsorListColumn?)null)];
    }

    /// <summary>The columns without which no row can be checked.</summary>
    public static IReadOnlyList<SponsorListColumn> Required { get; } = [SponsorListColumn.Nik, SponsorListColumn.Name, SponsorListColumn.Village];

    public static string Label(SponsorListColumn column) => column switch
    {
        SponsorListColumn.Nik => "NIK",
        SponsorListColumn.Name => "Nama",
        SponsorListColumn.Phone => "Nomor HP",
        SponsorListColumn.Village => "Desa/Kelurahan",
        _ => "Pekerjaan",
    };

    private static string Normalize(string cell) => new([.. (cell ?? string.Empty).ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
}

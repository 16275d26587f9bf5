namespace Jamsostek.Bpu;

/// <summary>
/// One of Indonesia's three time zones (Keppres 41/1987). Offsets are fixed because Indonesia has no
/// daylight saving, so conversion works on hosts without tzdata; IanaId is for systems that want it.
/// </summary>
public sealed record IndonesianTimeZone(string Abbreviation, string IanaId, TimeSpan UtcOffset)
{
    /// <summary>Waktu Indonesia Barat (UTC+7): Sumatera and Jawa.</summary>
    public static IndonesianTimeZone Wib { get; } = new("WIB", "Asia/Jakarta", TimeSpan.FromHours(7));

    /// <summary>WIB as IANA names it for Kalimantan Barat and Kalimantan Tengah.</summary>
    public static IndonesianTimeZone WibPontianak { get; } = new("WIB", "Asia/Pontianak", TimeSpan.FromHours(7));

    /// <summary>Waktu Indonesia Tengah (UTC+8).</summary>
    public static IndonesianTimeZone Wita { get; } = new("WITA", "Asia/Makassar", TimeSpan.FromHours(8));

    /// <summary>Waktu Indonesia Timur (UTC+9).</summary>
    public static IndonesianTimeZone Wit { get; } = new("WIT", "Asia/Jayapura", TimeSpan.FromHours(9));

    /// <summary>The zone of an IANA id this type names (Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura), else null.</summary>
    public static IndonesianTimeZone? FromIanaId(string? ianaId) =>
        new[] { Wib, WibPontianak, Wita, Wit }.FirstOrDefault(z => z.IanaId == ianaId);

    /// <summary>The same instant expressed in this zone's local time.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset utc) => utc.ToOffset(UtcOffset);

    /// <summary>
    /// The zone of a province code ("63", or any longer code starting with it), per Keppres 41/1987.
    /// Ranges rather than a list so that a province split off later (as Papua was in 2022) still lands
    /// in its island's zone.
    /// </summary>
    public static IndonesianTimeZone? ForProvince(string provinceCode)
    {
        if (provinceCode is null || provinceCode.Length < 2
            || !int.TryParse(provinceCode.AsSpan(0, 2), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return null;
        }

        return code switch
        {
            >= 11 and <= 21 => Wib,          // Sumatera and islands
            >= 31 and <= 36 => Wib,          // Jawa
            61 or 62 => WibPontianak,        // Kalimantan Barat, Kalimantan Tengah
            51 or 52 or 53 => Wita,          // Bali, NTB, NTT
            63 or 64 or 65 => Wita,          // Kalimantan Selatan, Timur, Utara
            >= 71 and <= 76 => Wita,         // Sulawesi
            81 or 82 => Wit,                 // Maluku, Maluku Utara
            >= 90 and <= 99 => Wit,          // Papua and every province split from it
            _ => null,
        };
    }
}

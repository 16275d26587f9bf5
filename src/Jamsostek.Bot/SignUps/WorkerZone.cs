using Jamsostek.Bpu;

namespace Jamsostek.Bot.SignUps;

/// <summary>The worker's time zone, from the regency they live in (WIB when the code is in no zone).</summary>
public static class WorkerZone
{
    public static IndonesianTimeZone Of(string regencyCode) =>
        IndonesianTimeZone.ForProvince(regencyCode) ?? IndonesianTimeZone.Wib;

    /// <summary>"15 Desember 2026 pukul 09.00 WITA".</summary>
    public static string Format(DateTimeOffset utc, string regencyCode)
    {
        var zone = Of(regencyCode);
        return Jamsostek.Dialogs.Text.IndonesianFormat.DateTime(zone.ToLocal(utc), zone.Abbreviation);
    }
}

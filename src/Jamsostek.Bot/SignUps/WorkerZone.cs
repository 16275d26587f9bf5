using Jamsostek.Bpu;

namespace Jamsostek.Bot.SignUps;

/// <summary>The worker's time zone, from the regency they live in (WIB when the code is in no zone).</summary>
public static class WorkerZone
{
    public static IndonesianTimeZone Of(string regencyCode) =>
        IndonesianTimeZone.ForProvince(regencyCode) ?? IndonesianTimeZone.Wib;

    /// <summary>
    /// The zone in which a date filter's days are read: the chosen regency's; when none is chosen, the zone all the
    /// officer's regencies share (a petugas of WITA regencies thinks in WITA); else (an admin, mixed zones) WIB.
    /// </summary>
    public static IndonesianTimeZone ForFilter(string? regencyCode, OfficerScope? scope = null)
    {
        if (!string.IsNullOrWhiteSpace(regencyCode))
        {
            return Of(regencyCode);
        }

        var zones = scope is { AllRegencies: false } ? scope.Regencies.Select(Of).Distinct().ToList() : [];
        return zones.Count == 1 ? zones[0] : IndonesianTimeZone.Wib;
    }

    /// <summary>The instant a local day begins in the zone (so an approval at 00:30 WITA falls on its own WITA day).</summary>
    public static DateTimeOffset StartOf(DateOnly day, IndonesianTimeZone zone) =>
        new(day.ToDateTime(TimeOnly.MinValue), zone.UtcOffset);

    /// <summary>"15 Desember 2026 pukul 09.00 WITA".</summary>
    public static string Format(DateTimeOffset utc, string regencyCode)
    {
        var zone = Of(regencyCode);
        return Jamsostek.Dialogs.Text.IndonesianFormat.DateTime(zone.ToLocal(utc), zone.Abbreviation);
    }
}

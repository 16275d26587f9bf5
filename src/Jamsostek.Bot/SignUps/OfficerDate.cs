using System.Globalization;

namespace Jamsostek.Bot.SignUps;

/// <summary>
/// A day typed on an officer page. The fields are text, not type="date": a browser formats a date field by its
/// own locale (an English one shows mm/dd/yyyy whatever the page's lang), so 05/11 could mean either day. The
/// officer types hh/bb/tttt; yyyy-MM-dd (links, bookmarks, the old date fields) is accepted as before.
/// </summary>
public static class OfficerDate
{
    public const string Hint = "hh/bb/tttt";

    public const string Invalid = "Tanggal tidak dikenal. Tulis hh/bb/tttt, misalnya 11/05/2026.";

    private static readonly string[] Formats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d"];

    /// <summary>True for an empty field (no day) or a known format; false for anything else.</summary>
    public static bool TryParse(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Null when both days are understood and in order; else what is wrong, naming the field, so the page can list
    /// nothing until it is fixed (listing everything, or nothing, in silence hides the mistake).
    /// </summary>
    public static string? Problem(string? fromText, string? toText, string fromLabel = "Dari tanggal", string toLabel = "Sampai tanggal")
    {
        var wrong = new List<string>();
        if (!TryParse(fromText, out var from))
        {
            wrong.Add($"“{fromLabel}” ({fromText!.Trim()})");
        }

        if (!TryParse(toText, out var to))
        {
            wrong.Add($"“{toLabel}” ({toText!.Trim()})");
        }

        if (wrong.Count > 0)
        {
            return $"Tanggal pada kolom {string.Join(" dan ", wrong)} tidak dikenal. Tulis hh/bb/tttt, misalnya 11/05/2026. Daftar ditampilkan setelah tanggal diperbaiki.";
        }

        return from > to
            ? $"“{fromLabel}” ({Format(from)}) sesudah “{toLabel}” ({Format(to)}). Perbaiki salah satunya; daftar ditampilkan setelah tanggal diperbaiki."
            : null;
    }

    /// <summary>"11/05/2026", as the officer types it.</summary>
    public static string Format(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>yyyy-MM-dd for a query string.</summary>
    public static string? Query(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// A programme's own per-village targets, as an admin types them, one line each: "63.06.01.2001 = 120" (or the digits,
/// or ":" for "="). Stored normalised ("6306012001=120", a line each); a village not listed takes the common target.
/// </summary>
public static class SponsorVillageQuotas
{
    /// <summary>The stored text read back; a line that does not parse is skipped (only <see cref="TryRead"/> writes it).</summary>
    public static IReadOnlyDictionary<string, int?> Parse(string? stored) =>
        TryRead(stored, out var quotas, out _) ? quotas.ToDictionary(q => q.Key, q => (int?)q.Value, StringComparer.Ordinal) : new Dictionary<string, int?>();

    /// <summary>Reads what an admin typed; <paramref name="error"/> names the first bad line in Bahasa Indonesia.</summary>
    public static bool TryRead(string? typed, out Dictionary<string, int> quotas, out string? error)
    {
        quotas = new(StringComparer.Ordinal);
        error = null;
        var lines = (typed ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(['=', ':'], StringSplitOptions.TrimEntries);
            var code = parts.Length == 2 ? Digits(parts[0]) : string.Empty;
            if (parts.Length != 2 || code.Length != 10 || !parts[0].All(c => char.IsAsciiDigit(c) || c is '.' or ' ')
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quota) || quota <= 0)
            {
                error = $"Baris {i + 1} (\"{lines[i]}\") tidak terbaca: tulis kode desa = kuota, misalnya 63.06.01.2001 = 120.";
                return false;
            }

            if (!quotas.TryAdd(code, quota))
            {
                error = $"Desa {lines[i].Split(['=', ':'])[0].Trim()} tertulis dua kali.";
                return false;
            }
        }

        return true;
    }

    public static string? Format(IReadOnlyDictionary<string, int> quotas) =>
        quotas.Count == 0 ? null : string.Join('\n', quotas.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{q.Key}={q.Value.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>The stored lines as an admin reads them ("63.06.01.2001 = 120").</summary>
    public static string ForEditing(string? stored) =>
        string.Join('\n', Parse(stored).OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"{Dotted(q.Key)} = {q.Value?.ToString(CultureInfo.InvariantCulture)}"));

    public static string Dotted(string digits) =>
        digits.Length == 10 ? $"{digits[..2]}.{digits[2..4]}.{digits[4..6]}.{digits[6..]}" : digits;

    public static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);
}

using Jamsostek.Bpu;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// Finds a list's village cell among the sponsor's regency's villages: by code ("63.06.01.2001" or its digits) or by
/// name ("Desa Karang Jawa", "KARANG JAWA", "Kel. Kandangan Kota"); a name two villages share must be written as a code.
/// </summary>
public sealed class SponsorVillages
{
    private static readonly string[] Prefixes = ["desa", "kelurahan", "kel", "ds"];
    private readonly string regency;
    private readonly Dictionary<string, Village> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Village>> byName = new(StringComparer.Ordinal);

    public SponsorVillages(string regencyName, IReadOnlyList<Village> villages)
    {
        ArgumentNullException.ThrowIfNull(villages);
        regency = regencyName;
        foreach (var village in villages)
        {
            byCode[Digits(village.Code)] = village;
            var key = NameKey(village.Name);
            if (!byName.TryGetValue(key, out var same))
            {
                byName[key] = same = [];
            }

            same.Add(village);
        }
    }

    public Village? Find(string typed, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(typed))
        {
            problem = "Desa/kelurahan kosong.";
            return null;
        }

        var digits = Digits(typed);
        if (digits.Length == 10 && typed.All(c => char.IsAsciiDigit(c) || c is '.' or ' '))
        {
            problem = byCode.TryGetValue(digits, out var coded) ? null : $"Kode desa {typed} tidak ada di {regency}.";
            return coded;
        }

        if (byName.TryGetValue(NameKey(typed), out var named))
        {
            if (named.Count == 1)
            {
                return named[0];
            }

            problem = $"Ada {named.Count} desa bernama \"{typed}\" di {regency}; tulis kode desanya ({string.Join(" atau ", named.Select(v => v.Code))}).";
            return null;
        }

        problem = $"Desa/kelurahan \"{typed}\" tidak ditemukan di {regency}.";
        return null;
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    private static string NameKey(string name)
    {
        var words = name.ToLowerInvariant().Split([' ', '.', '/', '-'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && Prefixes.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}

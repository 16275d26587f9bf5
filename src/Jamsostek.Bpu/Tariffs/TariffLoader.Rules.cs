using System.Globalization;

namespace Jamsostek.Bpu;

// Validation of rates, reliefs and the small value types shared by every section of the file.
internal static partial class TariffLoader
{
    private static List<RateRule> ValidateRates(List<RateEntry>? entries)
    {
        var rules = new List<RateRule>();
        foreach (var (e, i) in (entries ?? []).Select((e, i) => (e, i + 1)))
        {
            var where = $"Tariff: rate {i}";
            var program = ParseProgram(e.Program, where);
            var kind = e.Kind switch
            {
                "percent_of_base" => RateKind.PercentOfBase,
                "flat" => RateKind.Flat,
                _ => throw new InvalidDataException($"{where}: 'kind' must be percent_of_base or flat, found '{e.Kind}'."),
            };
            if (e.Value is not >= 0)
            {
                throw new InvalidDataException($"{where}: 'value' must be zero or more.");
            }

            var from = ParseMonth(e.From, where, "from");
            DateOnly? to = e.To is null ? null : ParseMonth(e.To, where, "to");
            if (to < from)
            {
                throw new InvalidDataException($"{where}: 'to' is before 'from'.");
            }

            RequireSource(e.Source, where);
            rules.Add(new RateRule(program, kind, e.Value.Value, from, to));
        }

        foreach (var program in Enum.GetValues<BpuProgram>())
        {
            if (!rules.Any(r => r.Program == program))
            {
                throw new InvalidDataException($"Tariff: no rate for programme {program.ToString().ToUpperInvariant()}.");
            }
        }

        return rules;
    }

    private static ReliefRule ValidateRelief(ReliefEntry e, int index)
    {
        var where = $"Tariff: relief {index}";
        if (string.IsNullOrWhiteSpace(e.Regulation))
        {
            throw new InvalidDataException($"{where}: 'regulation' is missing.");
        }

        if (e.PercentOff is not (> 0 and <= 100))
        {
            throw new InvalidDataException($"{where}: 'percent_off' must be 1-100.");
        }

        if (e.Programs is not { Count: > 0 } || e.Periods is not { Count: > 0 })
        {
            throw new InvalidDataException($"{where}: 'programs' and 'periods' must not be empty.");
        }

        var periods = e.Periods.Select(p => new ReliefPeriod(
            p.Group switch
            {
                "transport" => ReliefGroup.Transport,
                "other" => ReliefGroup.Other,
                _ => throw new InvalidDataException($"{where}: period 'group' must be transport or other, found '{p.Group}'."),
            },
            ParseMonth(p.From, where, "from"),
            ParseMonth(p.To, where, "to"))).ToList();
        if (periods.Any(p => p.To < p.From))
        {
            throw new InvalidDataException($"{where}: a period ends before it starts.");
        }

        RequireSource(e.Source, where);
        return new ReliefRule(e.Regulation.Trim(), e.PercentOff.Value,
            e.Programs.Select(p => ParseProgram(p, where)).ToHashSet(),
            e.ExcludesSponsored ?? throw new InvalidDataException($"{where}: 'excludes_sponsored' is missing."),
            periods);
    }

    private static BpuProgram ParseProgram(string? value, string where) =>
        Enum.TryParse<BpuProgram>(value, ignoreCase: true, out var p) && Enum.IsDefined(p)
            ? p
            : throw new InvalidDataException($"{where}: unknown programme '{value}' (expected jkk, jkm or jht).");

    private static DateOnly ParseMonth(string? value, string where, string key) =>
        DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new InvalidDataException($"{where}: '{key}' must be a month like \"2026-04\", found '{value}'.");

    private static void RequireSource(string? source, string where)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new InvalidDataException($"{where}: 'source' is missing; every figure must name its regulation.");
        }
    }
}

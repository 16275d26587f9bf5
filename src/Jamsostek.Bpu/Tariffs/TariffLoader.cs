using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Jamsostek.Bpu;

/// <summary>
/// Turns tariff YAML into validated rules. Every fault names the item, because the file may come
/// from an operator and a wrong figure here means wrong amounts quoted to thousands of people.
/// </summary>
internal static class TariffLoader
{
    /// <summary>PP 44/2015 Lampiran II has 33 brackets; a different count means a broken file.</summary>
    private const int BracketCount = 33;

    public static Tariff Load(string yaml)
    {
        TariffDocument? doc;
        try
        {
            // Unknown keys are errors: a misspelt key would otherwise be silently ignored.
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build();
            doc = deserializer.Deserialize<TariffDocument?>(yaml ?? string.Empty);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"Tariff file is not valid YAML ({e.Start}): {e.Message}", e);
        }

        if (doc is null)
        {
            throw new InvalidDataException("Tariff file is empty.");
        }

        var transport = doc.TransportOccupations?.Ids
            ?? throw new InvalidDataException("Tariff: 'transport_occupations.ids' is missing.");
        RequireSource(doc.TransportOccupations.Source, "transport_occupations");

        return new Tariff(
            ValidateBrackets(doc.Brackets),
            ValidateRates(doc.Rates),
            (doc.Reliefs ?? []).Select((r, i) => ValidateRelief(r, i + 1)).ToList(),
            transport.Select(t => t.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    private static List<IncomeBracket> ValidateBrackets(List<BracketEntry>? entries)
    {
        if (entries is null || entries.Count != BracketCount)
        {
            throw new InvalidDataException(
                $"Tariff: expected {BracketCount} income brackets, found {entries?.Count ?? 0}.");
        }

        var brackets = new List<IncomeBracket>(entries.Count);
        decimal expectedFrom = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var where = $"Tariff: bracket {i + 1}";
            if (e.Number != i + 1)
            {
                throw new InvalidDataException($"{where}: 'number' must be {i + 1}, found {e.Number?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}.");
            }

            if (e.From != expectedFrom)
            {
                throw new InvalidDataException($"{where}: 'from' must be {expectedFrom} (the previous bracket's 'to'), found {e.From?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}; brackets must be ascending without gaps.");
            }

            var isLast = i == entries.Count - 1;
            if (isLast != (e.To is null))
            {
                throw new InvalidDataException(isLast
                    ? $"{where}: the last bracket must have no 'to'."
                    : $"{where}: 'to' is missing.");
            }

            if (e.To is { } to && to <= expectedFrom)
            {
                throw new InvalidDataException($"{where}: 'to' ({to}) must be greater than 'from' ({expectedFrom}).");
            }

            if (e.Base is not > 0)
            {
                throw new InvalidDataException($"{where}: 'base' must be a positive amount.");
            }

            if (i > 0 && e.Base <= brackets[^1].Base)
            {
                throw new InvalidDataException($"{where}: 'base' must be greater than the previous bracket's.");
            }

            RequireSource(e.Source, where);
            brackets.Add(new IncomeBracket(i + 1, expectedFrom, e.To, e.Base.Value));
            expectedFrom = e.To ?? expectedFrom;
        }

        return brackets;
    }

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

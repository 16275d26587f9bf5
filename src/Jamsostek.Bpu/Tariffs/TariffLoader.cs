using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Jamsostek.Bpu;

/// <summary>
/// Turns tariff YAML into validated rules. Every fault names the item, because the file may come
/// from an operator and a wrong figure here means wrong amounts quoted to thousands of people.
/// </summary>
internal static partial class TariffLoader
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
}

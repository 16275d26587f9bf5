using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Jamsostek.Bpu;

/// <summary>
/// Working days for due dates: weekends and the days of the holiday file (holidays.yaml, SKB of national
/// holidays and cuti bersama) are not working days. Cuti bersama counts only when asked to, because it
/// is not a national holiday and moving a due date later than the law does would make a worker late.
/// </summary>
public sealed class HolidayCalendar
{
    private const string EmbeddedName = "Jamsostek.Bpu.Data.holidays.yaml";

    private readonly Dictionary<DateOnly, Holiday> _days;
    private readonly bool _cutiBersamaIsHoliday;

    private HolidayCalendar(IReadOnlyList<int> years, Dictionary<DateOnly, Holiday> days, bool cutiBersamaIsHoliday)
    {
        Years = years;
        _days = days;
        _cutiBersamaIsHoliday = cutiBersamaIsHoliday;
    }

    /// <summary>The years the file claims to cover in full.</summary>
    public IReadOnlyList<int> Years { get; }

    public IEnumerable<Holiday> Holidays => _days.Values.OrderBy(h => h.Date);

    /// <summary>A calendar with weekends only (tests, or a host without a holiday file for the year).</summary>
    public static HolidayCalendar WeekendsOnly { get; } = new([], [], false);

    public static HolidayCalendar LoadEmbedded(bool cutiBersamaIsHoliday = false)
    {
        using var stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidDataException($"Embedded resource '{EmbeddedName}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), cutiBersamaIsHoliday);
    }

    /// <summary>Reads and validates a holiday file; throws <see cref="InvalidDataException"/> naming the entry and the fault.</summary>
    public static HolidayCalendar Parse(string yaml, bool cutiBersamaIsHoliday = false)
    {
        HolidayDocument? doc;
        try
        {
            doc = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<HolidayDocument?>(yaml ?? string.Empty);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"Holiday file is not valid YAML ({e.Start}): {e.Message}", e);
        }

        if (doc?.Years is not { Count: > 0 } years)
        {
            throw new InvalidDataException("Holiday file: 'years' is missing or empty.");
        }

        var days = new Dictionary<DateOnly, Holiday>();
        foreach (var (entry, i) in (doc.Holidays ?? []).Select((e, i) => (e, i + 1)))
        {
            var at = $"Holiday file: entry {i.ToString(CultureInfo.InvariantCulture)} ({entry.Date})";
            if (!DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"{at}: 'date' must be yyyy-MM-dd.");
            }

            if (!years.Contains(date.Year))
            {
                throw new InvalidDataException($"{at}: the year is not in 'years'.");
            }

            if (string.IsNullOrWhiteSpace(entry.Name) || string.IsNullOrWhiteSpace(entry.Source))
            {
                throw new InvalidDataException($"{at}: 'name' and 'source' are required.");
            }

            var cuti = entry.Kind switch
            {
                "libur_nasional" => false,
                "cuti_bersama" => true,
                _ => throw new InvalidDataException($"{at}: 'kind' must be libur_nasional or cuti_bersama."),
            };
            if (!days.TryAdd(date, new Holiday(date, entry.Name.Trim(), cuti, entry.Source.Trim(), entry.Unverified)))
            {
                throw new InvalidDataException($"{at}: the date is listed twice.");
            }
        }

        return new HolidayCalendar(years, days, cutiBersamaIsHoliday);
    }

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !(_days.TryGetValue(day, out var holiday) && (!holiday.CutiBersama || _cutiBersamaIsHoliday));

    /// <summary>The day itself when it is a working day, else the next one.</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}

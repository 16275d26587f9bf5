using Jamsostek.Bpu;

namespace Jamsostek.Bot.BpuRules;

/// <summary>Settings under "Holidays": an officer's own holiday file, and whether cuti bersama moves a due date.</summary>
public sealed class HolidaysOptions
{
    public const string Section = "Holidays";

    /// <summary>A holiday YAML file (same shape as src/Jamsostek.Bpu/Data/holidays.yaml). Empty: the built-in file.</summary>
    public string? Path { get; set; }

    /// <summary>Cuti bersama is not a national holiday; off by default so that a due date is never later than the law's.</summary>
    public bool CutiBersamaMovesDueDate { get; set; }

    /// <summary>The calendar in force; an unreadable or invalid file throws, naming the file and the fault.</summary>
    public HolidayCalendar Load()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            return HolidayCalendar.LoadEmbedded(CutiBersamaMovesDueDate);
        }

        var full = System.IO.Path.GetFullPath(Path);
        try
        {
            return HolidayCalendar.Parse(File.ReadAllText(full), CutiBersamaMovesDueDate);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new InvalidDataException($"Holidays:Path '{full}': {ex.Message}", ex);
        }
    }

    public static HolidayCalendar FromSettings(IServiceProvider services) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HolidaysOptions>>().Value.Load();
}

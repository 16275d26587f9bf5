using Jamsostek.Bpu;

namespace Jamsostek.Bot.BpuRules;

/// <summary>Settings under "Tariff": an officer's own tariff file instead of the one built in.</summary>
public sealed class TariffOptions
{
    public const string Section = "Tariff";

    /// <summary>A tariff YAML file (same shape as src/Jamsostek.Bpu/Data/tariff.yaml). Empty: the built-in tariff.</summary>
    public string? Path { get; set; }

    /// <summary>The tariff in force; an unreadable or invalid file throws, naming the file and the fault.</summary>
    public Tariff Load()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            return Tariff.LoadEmbedded();
        }

        var full = System.IO.Path.GetFullPath(Path);
        try
        {
            return Tariff.Parse(File.ReadAllText(full));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException)
        {
            throw new InvalidDataException($"Tariff:Path '{full}': {ex.Message}", ex);
        }
    }

    /// <summary>The one registration of <see cref="Tariff"/>: the engine and the officer console share it.</summary>
    public static Tariff FromSettings(IServiceProvider services) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TariffOptions>>().Value.Load();
}

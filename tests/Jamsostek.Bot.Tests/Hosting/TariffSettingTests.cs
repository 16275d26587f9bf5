using System.Text.Json;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Hosting;

/// <summary>Tariff:Path: an officer's own tariff file replaces the built-in one without a rebuild.</summary>
public sealed class TariffSettingTests
{
    private static readonly string[] Registration =
    [
        "daftar", "ya", "6306055208900003", "Siti Aminah", "12-08-1990", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Merdeka No. 5 RT 02", "0812-3456-7890", "pedagang", "2,5 jt", "2", "3", "Ahmad Fauzi", "anak", "kirim",
    ];

    [Fact]
    public async Task Chat_QuotesFromOwnFile_WhenTariffPathSet()
    {
        using var db = new TempDatabase();
        var own = Path.Combine(db.Folder, "tarif.yaml");
        var shipped = await File.ReadAllTextAsync(ShippedTariff());
        await File.WriteAllTextAsync(own, shipped.Replace("to: 2700000, base: 2600000", "to: 2700000, base: 2650000", StringComparison.Ordinal));

        var chat = await BotCli.RunAsync(["chat", "--json", "--db", db.DbPath, "--now", "2026-11-23T10:00:00+08:00", "--Tariff:Path", own], Registration);

        Assert.Equal(0, chat.ExitCode);
        var list = await BotCli.RunAsync(["signups", "list", "--json", "--db", db.DbPath]);
        Assert.Equal(2_650_000m, JsonDocument.Parse(list.Stdout).RootElement[0].GetProperty("incomeBase").GetDecimal());
    }

    [Theory]
    [InlineData("brackets: [oops", "not valid YAML")]
    [InlineData("brackets: []", "transport_occupations")]
    public async Task Start_RefusesWithFault_WhenTariffFileInvalid(string content, string fault)
    {
        using var db = new TempDatabase();
        var own = Path.Combine(db.Folder, "tarif.yaml");
        await File.WriteAllTextAsync(own, content);

        var run = await BotCli.RunAsync(["chat", "--db", db.DbPath, "--Tariff:Path", own], ["halo"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tarif.yaml", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(fault, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    private static string ShippedTariff()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Jamsostek.Bpu", "Data", "tariff.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("src/Jamsostek.Bpu/Data/tariff.yaml not found above the test output");
    }
}

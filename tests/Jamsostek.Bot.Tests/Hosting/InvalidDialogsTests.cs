using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Hosting;

public sealed class InvalidDialogsTests
{
    [Fact]
    public async Task Start_RefusesWithFileAndStep_WhenAFlowIsInvalid()
    {
        using var db = new TempDatabase();
        var dialogs = Path.Combine(db.Folder, "dialogs");
        Directory.CreateDirectory(dialogs);
        await File.WriteAllTextAsync(Path.Combine(dialogs, "rusak.yaml"), """
            id: rusak
            version: 1
            title: Rusak
            steps:
              - id: a
                text: Nama?
                input: warna
                next: tidak_ada
            """);

        var run = await BotCli.RunAsync(["chat", "--db", db.DbPath, "--Dialogs:Path", dialogs], ["halo"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rusak.yaml:a: jenis input tidak dikenal 'warna'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("rusak.yaml:a: menunjuk langkah yang tidak ada 'tidak_ada'", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Start_ReportsOnlyTheWrongNext_WhenOneNextIsUnknown()
    {
        using var db = new TempDatabase();
        var dialogs = Path.Combine(db.Folder, "dialogs");
        Directory.CreateDirectory(dialogs);
        await File.WriteAllTextAsync(Path.Combine(dialogs, "salah.yaml"), """
            id: salah
            version: 1
            title: Salah
            steps:
              - { id: a, text: "Satu?", input: text, next: bx }
              - { id: b, text: "Dua?", input: text, next: c }
              - { id: c, text: "Selesai.", end: submitted }
            """);

        var run = await BotCli.RunAsync(["chat", "--db", db.DbPath, "--Dialogs:Path", dialogs], ["halo"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("salah.yaml:a: menunjuk langkah yang tidak ada 'bx'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("tidak pernah dicapai", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }
}

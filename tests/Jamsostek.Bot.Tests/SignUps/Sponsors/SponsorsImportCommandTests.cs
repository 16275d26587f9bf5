using Jamsostek.Bot.Data;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.SignUps.Sponsors;

public sealed class SponsorsImportCommandTests
{
    private const string Now = "2026-05-01T09:00:00+08:00";

    [Fact]
    public async Task Import_ReportsEveryRowWithItsExactReasons_WhenAListOf5000HasThreePercentBad()
    {
        using var database = new TempDatabase();
        await AddSponsorAsync(database, "hss2026", "Pemkab HSS 2026");
        var file = Path.Combine(database.Folder, "daftar.csv");
        await File.WriteAllTextAsync(file, SponsorList.Csv(5000));

        var run = await BotCli.RunAsync(["sponsors", "import", "hss2026", file, "--dry-run", "--json", "--db", database.DbPath, "--now", Now]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.JsonLines;
        Assert.Equal(5000, lines.Count);
        for (var k = 0; k < 5000; k++)
        {
            var line = lines[k];
            Assert.Equal(k + 2, line.GetProperty("line").GetInt32());
            Assert.Equal(SponsorList.Reasons(k), line.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());
            Assert.Equal(!SponsorList.IsBad(k), line.GetProperty("ok").GetBoolean());
        }

        Assert.Equal(150, lines.Count(l => !l.GetProperty("ok").GetBoolean()));
        Assert.Contains("5000 baris: 4850 sah, 150 perlu diperbaiki; uji saja", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, await CountInvitationsAsync(database));
    }

    [Fact]
    public async Task Import_InvitesValidRowsOnce_AndRefusesTheSameWorkersInALaterFileOrAnotherProgramme()
    {
        using var database = new TempDatabase();
        await AddSponsorAsync(database, "hss2026", "Pemkab HSS 2026");
        await AddSponsorAsync(database, "desa2026", "APBDes Karang Jawa 2026");
        var file = Path.Combine(database.Folder, "daftar.csv");
        await File.WriteAllTextAsync(file, SponsorList.Csv(200));

        var first = await BotCli.RunAsync(["sponsors", "import", "hss2026", file, "--db", database.DbPath, "--now", Now]);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("200 baris: 194 sah, 6 perlu diperbaiki; 194 undangan dibuat.", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("Baris 2: NIK harus 16 angka, tertulis 15 angka.", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(194, await CountInvitationsAsync(database));

        var again = await BotCli.RunAsync(["sponsors", "import", "hss2026", file, "--json", "--db", database.DbPath, "--now", Now]);
        Assert.Contains("[\"Sudah diundang dalam program ini (impor sebelumnya).\"]", again.Lines[3], StringComparison.Ordinal);
        var other = await BotCli.RunAsync(["sponsors", "import", "desa2026", file, "--json", "--db", database.DbPath, "--now", Now]);
        Assert.Contains("[\"Sudah diundang oleh program lain: Pemkab HSS 2026.\"]", other.Lines[3], StringComparison.Ordinal);
        Assert.Equal(194, await CountInvitationsAsync(database));
    }

    [Fact]
    public async Task Import_RefusesAWorkerWhoAlreadySignedUp_ByTheSameNikLookupAsTheOfficersChecks()
    {
        using var database = new TempDatabase();
        await AddSponsorAsync(database, "hss2026", "Pemkab HSS 2026");
        var pending = SignUpSeed.Make(7, DateTimeOffset.Parse("2026-04-20T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using (var host = await BotServices.StartAsync(database.DbPath))
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            db.SignUps.Add(pending);
            await db.SaveChangesAsync();
        }

        var file = Path.Combine(database.Folder, "daftar.csv");
        await File.WriteAllTextAsync(file, $"{SponsorList.Header}\n1;{pending.Nik};Siti;081234567890;{SponsorList.Villages[0].Code};pekerja rentan\n");
        var run = await BotCli.RunAsync(["sponsors", "import", "hss2026", file, "--json", "--db", database.DbPath, "--now", Now]);

        Assert.Equal("{\"line\":2,\"ok\":false,\"reasons\":[\"Sudah mendaftar dan menunggu keputusan petugas (pendaftaran BPU-T000007).\"]}", Assert.Single(run.Lines));
    }

    [Fact]
    public async Task Import_RefusesRowsPastTheProgrammeAndVillageQuotas_InFileOrder_CountingSignUpsAlreadyTaken()
    {
        using var database = new TempDatabase();
        var add = await BotCli.RunAsync(["sponsors", "add", "hss2026", "--name", "Pemkab HSS 2026", "--regency", "63.06", "--quota", "4", "--quota-per-village", "2", "--db", database.DbPath]);
        Assert.Equal(0, add.ExitCode);
        var (a, b, c) = (SponsorList.Villages[0], SponsorList.Villages[1], SponsorList.Villages[2]);
        var pending = SignUpSeed.Make(7, DateTimeOffset.Parse("2026-04-20T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        (pending.Source, pending.VillageCode) = ("hss2026", a.Code); // one place of village A and of the programme taken
        using (var host = await BotServices.StartAsync(database.DbPath))
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            db.SignUps.Add(pending);
            await db.SaveChangesAsync();
        }

        var file = Path.Combine(database.Folder, "daftar.csv");
        var villages = new[] { a, a, b, b, c, b };
        await File.WriteAllTextAsync(file, SponsorList.Header + "\n" + string.Concat(villages.Select((v, k) => $"{k + 1};{SponsorList.Nik(k)};Warga {k};;{v.Code};pekerja rentan\n")));
        var run = await BotCli.RunAsync(["sponsors", "import", "hss2026", file, "--json", "--db", database.DbPath, "--now", Now]);

        var program = "\"Melebihi kuota program (4 orang sudah terisi oleh peserta, pendaftar, dan undangan).\"";
        Assert.Equal(
            [
                "{\"line\":2,\"ok\":true,\"reasons\":[]}",
                $"{{\"line\":3,\"ok\":false,\"reasons\":[\"Melebihi kuota desa {a.Name} (2 orang sudah terisi).\"]}}",
                "{\"line\":4,\"ok\":true,\"reasons\":[]}",
                "{\"line\":5,\"ok\":true,\"reasons\":[]}",
                $"{{\"line\":6,\"ok\":false,\"reasons\":[{program}]}}",
                $"{{\"line\":7,\"ok\":false,\"reasons\":[{program},\"Melebihi kuota desa {b.Name} (2 orang sudah terisi).\"]}}",
            ],
            run.Lines);
        Assert.Equal(3, await CountInvitationsAsync(database));
    }

    [Theory]
    [InlineData("nik;nama\n1;2\n", "Kolom Desa/Kelurahan tidak ada di baris judul (baris 1).")]
    [InlineData("tanggal;jumlah\n1;2\n", "Baris judul kolom tidak ditemukan")]
    public async Task Import_ExitsWith1AndSaysWhy_WhenTheHeaderLacksAColumn(string content, string expected)
    {
        using var database = new TempDatabase();
        await AddSponsorAsync(database, "hss2026", "Pemkab HSS 2026");
        var file = Path.Combine(database.Folder, "daftar.csv");
        await File.WriteAllTextAsync(file, content);

        var run = await BotCli.RunAsync(["sponsors", "import", "hss2026", file, "--db", database.DbPath, "--now", Now]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ExitsWith1_WhenTheSponsorIsUnknown()
    {
        using var database = new TempDatabase();
        var file = Path.Combine(database.Folder, "daftar.csv");
        await File.WriteAllTextAsync(file, SponsorList.Csv(3));

        var run = await BotCli.RunAsync(["sponsors", "import", "tidakada", file, "--db", database.DbPath]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Sponsor dengan kode tidakada tidak ada", run.Stderr, StringComparison.Ordinal);
    }

    private static async Task AddSponsorAsync(TempDatabase database, string code, string name)
    {
        var add = await BotCli.RunAsync(["sponsors", "add", code, "--name", name, "--regency", "63.06", "--quota-per-village", "100",
            "--legal-basis", "Perbup HSS No. 1 Tahun 2026", "--budget-year", "2026", "--period", "2026-01..2026-12", "--groups", "pekerja rentan,perangkat desa", "--db", database.DbPath]);
        Assert.Equal(0, add.ExitCode);
    }

    private static async Task<int> CountInvitationsAsync(TempDatabase database)
    {
        using var host = await BotServices.StartAsync(database.DbPath);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.SponsorInvitations.CountAsync();
    }
}

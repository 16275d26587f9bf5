using System.Text;
using System.Text.Json;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.Tests.Officers;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Jamsostek.Bot.SignUps.Queue;
using Jamsostek.Bot.SignUps.Exports;
using Jamsostek.Bot.Audit;

namespace Jamsostek.Bot.Tests.Privacy;

/// <summary>
/// Encryption at rest, read as a thief who copies the database file would: after a whole registration and an
/// approval, the file and its -wal hold no NIK, name, phone, address or heir in clear; the bot, the officer's
/// search and the export still see clear values; a key rotation and a database from before encryption work in place.
/// </summary>
public sealed class EncryptionFileTests
{
    private const string Now = "2026-11-23T10:00:00+08:00";
    private const string Nik = "6306055208900003";
    private static readonly string[] Secrets = [Nik, "Siti Aminah", "Jl. Pasar Lama 9", "Ahmad Fauzi", "+6281255551234", "081255551234", "1990-08-12"];

    [Fact]
    public async Task DatabaseFile_HoldsNoPersonalValueInClear_WhenRegisteredAndApproved()
    {
        using var temp = new TempDatabase();
        await BotCli.ChatJsonAsync(temp.DbPath, Registration("u1"), Now, user: "u1");
        await CliAsync(temp, "officers", "add", "rina", "--role", "admin", "--password", "Rahasia-Petugas-2026");
        await CliAsync(temp, "signups", "approve", "1", "--kpj", "12345678901", "--officer", "rina");

        var raw = await RawTextAsync(temp.DbPath);

        Assert.Contains("enc:v1:k1:", raw, StringComparison.Ordinal);
        foreach (var secret in Forms(Secrets))
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }

        var keyFile = Path.Combine(temp.Folder, "jamsostek.keys");
        Assert.True(File.Exists(keyFile), "the key lives in its own file, not in the database");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        await using var db = new TurnFixtureDb(temp.DbPath).Create();
        var signUp = await db.SignUps.SingleAsync();
        Assert.Equal((Nik, "Siti Aminah", new DateOnly(1990, 8, 12), "+6281255551234", "Ahmad Fauzi", SignUpStatus.Approved),
            (signUp.Nik, signUp.FullName, signUp.BirthDate, signUp.Phone, signUp.HeirName, signUp.Status));
        Assert.Equal(Nik, (await db.Members.SingleAsync()).Nik);
    }

    [Fact]
    public async Task DuplicateNikSearchAndExport_WorkOnClearValues_WhenColumnsAreEncrypted()
    {
        using var temp = new TempDatabase();
        await BotCli.ChatJsonAsync(temp.DbPath, Registration("u1"), Now, user: "u1");
        await BotCli.ChatJsonAsync(temp.DbPath, Registration("u2"), Now, user: "u2");
        await CliAsync(temp, "officers", "add", "rina", "--role", "admin", "--password", "Rahasia-Petugas-2026");
        await CliAsync(temp, "signups", "approve", "1", "--kpj", "12345678901", "--officer", "rina");

        using var host = await BotServices.StartAsync(temp.DbPath, s => s.AddSignUps());
        var dbFactory = host.Services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.SignUps.CountAsync()); // the second chat's NIK was refused as already registered
            var copy = await db.SignUps.AsNoTracking().SingleAsync();
            copy.Id = 0;
            copy.Reference = "BPU-DUPLIKAT";
            copy.Kpj = null;
            copy.Status = SignUpStatus.Pending;
            db.SignUps.Add(copy);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync()); // the unique index, on the keyed hash
        }

        var queue = host.Services.GetRequiredService<SignUpQueue>();
        var scope = OfficerScope.Everything("rina");
        Assert.Single((await queue.PageAsync(new QueueFilter { Search = Nik, Status = "pending" }, scope)).Rows);
        var byName = await queue.PageAsync(new QueueFilter { Search = "siti ami", Status = "semua" }, scope);
        Assert.Equal(("Siti Aminah", Nik, false), (Assert.Single(byName.Rows).FullName, byName.Rows[0].Nik, byName.NameSearchCapped));
        Assert.Empty((await queue.PageAsync(new QueueFilter { Search = "Budi", Status = "semua" }, scope)).Rows);

        var csv = await ActivatorUtilities.CreateInstance<ApprovedExport>(host.Services)
            .CsvAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null, scope);
        Assert.Contains($"12345678901,{Nik},Siti Aminah,12-08-1990", csv, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task KeysRotate_ReencryptsEveryValueUnderANewKey_AndOldDataStillReads()
    {
        using var temp = new TempDatabase();
        await BotCli.ChatJsonAsync(temp.DbPath, Registration("u1"), Now, user: "u1");

        var run = await BotCli.RunAsync(["keys", "rotate", "--db", temp.DbPath]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("Kunci aktif (active key): k2", run.Stdout, StringComparison.Ordinal);
        var raw = await RawTextAsync(temp.DbPath);
        Assert.Contains("enc:v1:k2:", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("enc:v1:k1:", raw, StringComparison.Ordinal);
        using (var keys = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Folder, "jamsostek.keys"))))
        {
            Assert.Equal(["k1", "k2"], keys.RootElement.GetProperty("Keys").EnumerateObject().Select(k => k.Name).Order(StringComparer.Ordinal));
        }

        await using (var db = new TurnFixtureDb(temp.DbPath).Create())
        {
            Assert.Equal((Nik, "Siti Aminah"), await db.SignUps.Select(s => new ValueTuple<string, string>(s.Nik, s.FullName)).SingleAsync());
        }

        // The look-up key does not rotate: the duplicate check still knows the NIK.
        await BotCli.ChatJsonAsync(temp.DbPath, Registration("u2"), Now, user: "u2");
        await using var after = new TurnFixtureDb(temp.DbPath).Create();
        Assert.Equal(1, await after.SignUps.CountAsync());
    }

    [Fact]
    public async Task Start_EncryptsADatabaseInClearInPlace_WhenItPredatesEncryption()
    {
        using var temp = new TempDatabase();
        await using (var clear = new TurnFixtureDb(temp.DbPath).Create()) // no key file yet: written as it is
        {
            await clear.Database.MigrateAsync();
            var old = SignUpSeed.Make(1, DateTimeOffset.Parse(Now, System.Globalization.CultureInfo.InvariantCulture));
            (old.Nik, old.FullName, old.Phone) = (Nik, "Siti Aminah", "+6281255551234");
            clear.SignUps.Add(old);
            clear.ConversationMessages.Add(new global::Jamsostek.Bot.Conversations.ConversationMessage { Channel = "telegram", ChatId = "9", Direction = "in", Text = Nik, At = old.CreatedAt });
            clear.AuditEntries.Add(AuditEntry.Of(old.CreatedAt, "system", "submitted", nameof(SignUp), old.Reference, SignUpSnapshot.Of(old)));
            await clear.SaveChangesAsync();
        }

        Assert.Contains(Nik, await RawTextAsync(temp.DbPath), StringComparison.Ordinal);

        using (var host = await BotServices.StartAsync(temp.DbPath))
        {
            await host.StopAsync();
        }

        var raw = await RawTextAsync(temp.DbPath);
        foreach (var secret in Forms(Nik, "Siti Aminah", "+6281255551234"))
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }

        await using var db = new TurnFixtureDb(temp.DbPath).Create();
        var signUp = await db.SignUps.SingleAsync();
        Assert.Equal((Nik, "Siti Aminah"), (signUp.Nik, signUp.FullName));
        Assert.NotNull(signUp.NikHash);
        Assert.Equal(Nik, (await db.ConversationMessages.SingleAsync()).Text);
        Assert.Contains("Siti Aminah", (await db.AuditEntries.SingleAsync()).AfterJson, StringComparison.Ordinal);
    }

    private static string[] Registration(string user) =>
    [
        "/start", "1", "ya", Nik, "Siti Aminah", "12-08-1990", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Pasar Lama 9", "0812-5555-1234", "pedagang", "2,5 jt", "2", "3", "Ahmad Fauzi", "anak", "kirim",
    ];

    private static async Task CliAsync(TempDatabase temp, params string[] args)
    {
        var run = await BotCli.RunAsync([.. args, "--db", temp.DbPath, "--now", Now]);
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    /// <summary>Each value as typed and as escaped inside JSON ("+" is \u002B there).</summary>
    private static IEnumerable<string> Forms(params string[] values) =>
        values.SelectMany(v => new[] { v, JsonSerializer.Serialize(v)[1..^1] }).Distinct(StringComparer.Ordinal);

    /// <summary>The file's and its -wal file's bytes after a checkpoint, read as UTF-8.</summary>
    private static async Task<string> RawTextAsync(string dbPath)
    {
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={dbPath}"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var text = new StringBuilder(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(dbPath)));
        if (File.Exists(dbPath + "-wal"))
        {
            text.Append(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(dbPath + "-wal")));
        }

        return text.ToString();
    }
}

using System.Text;
using System.Text.Json;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.Officers.Handoffs;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Jamsostek.Bot.Audit;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.Tests.Privacy;

/// <summary>
/// "Hapus data saya" must hold for the database FILE, as a thief who copies it would read it: after erasure
/// (and a WAL checkpoint) the bytes hold no NIK, name, birth date or phone of the worker, in any form the bot
/// stores them, through every place they went: sign-up, transcript, outbox (sent and unsent), a request to talk
/// to an officer, the officer's reply in the audit, and a resubmission's older values in its snapshot.
/// </summary>
public sealed class ErasureFileTests
{
    private const string Now = "2026-11-23T10:00:00+08:00";
    private const string Nik = "6306055208900003";

    [Fact]
    public async Task DatabaseFile_HoldsNoPersonalValue_WhenWorkerErasedAfterRejectionResubmissionAndHandoff()
    {
        using var temp = new TempDatabase();
        await ChatAsync(temp, Registration("Siti Aminah", "0812-5555-1234", "/start", "1"));
        await CliAsync(["officers", "add", "rina", "--role", "admin", "--password", "Rahasia-Petugas-2026"]);
        await CliAsync(["signups", "reject", "1", "--reason", "Nama tidak sesuai KTP", "--officer", "rina"]);
        await ChatAsync(temp, Registration("Siti Aminah Rahmawati", "0813-7777-4321", "daftar"));
        await ChatAsync(temp, [$"hubungi petugas, saya Siti Aminah Rahmawati NIK {Nik} HP 081377774321"]);
        await ReplyAsOfficerAsync(temp.DbPath, "Ibu Siti Aminah Rahmawati, NIK 6306055208900003 sedang kami cek.");
        await using (var before = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"Data Source={temp.DbPath}").Options))
        {
            Assert.Contains(await before.SignUps.ToListAsync(), s => s.Nik == Nik); // in memory: the columns are encrypted (EncryptionFileTests)
        }

        // An open connection, as a running bot holds: SQLite then does not fold the WAL in when the chat ends, so
        // the file is clean only because the erasure turn checkpoints it itself.
        await using var running = new SqliteConnection($"Data Source={temp.DbPath}");
        await running.OpenAsync();
        await using (var read = running.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM SignUps;"; // SQLite opens the file at the first read, not at Open
            await read.ExecuteScalarAsync();
        }

        await ChatAsync(temp, ["hapus data saya", "1"]);

        var raw = await RawTextAsync(temp.DbPath, checkpoint: false);
        foreach (var secret in Forms(Nik, "Siti Aminah", "Rahmawati", "1990-08-12", "+6281255551234", "+6281377774321", "081255551234", "081377774321", "0812-5555-1234", "0813-7777-4321"))
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }

        await using var db = new BotDbContext(new DbContextOptionsBuilder<BotDbContext>().UseSqlite($"Data Source={temp.DbPath}").Options);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.AbandonedAt == null && m.Text == AuditEntry.Redacted),
            "an unsent reply is abandoned, never sent as [dihapus]");

        Task ChatAsync(TempDatabase t, IEnumerable<string> lines) => BotCli.ChatJsonAsync(t.DbPath, lines, Now, user: "u1");
        async Task CliAsync(string[] args) => Assert.Equal(0, (await BotCli.RunAsync([.. args, "--db", temp.DbPath, "--now", Now])).ExitCode);
    }

    private static string[] Registration(string name, string phone, params string[] start) =>
    [
        .. start, "ya", Nik, name, "12-08-1990", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Pasar Lama 9", phone, "pedagang", "2,5 jt", "2", "3", "Ahmad Fauzi", "anak", "kirim",
    ];

    /// <summary>Each value as typed and as escaped inside JSON ("+" is \u002B there).</summary>
    private static IEnumerable<string> Forms(params string[] values) =>
        values.SelectMany(v => new[] { v, JsonSerializer.Serialize(v)[1..^1] }).Distinct(StringComparer.Ordinal);

    private static async Task ReplyAsOfficerAsync(string dbPath, string text)
    {
        using var host = await BotServices.StartAsync(dbPath);
        var inbox = ActivatorUtilities.CreateInstance<HandoffInbox>(host.Services);
        var scope = OfficerScope.Everything("rina");
        var request = Assert.Single(await inbox.OpenAsync(scope));
        Assert.True((await inbox.ReplyAsync(request.Id, text, close: false, scope)).Succeeded);
        await host.StopAsync();
    }

    /// <summary>The whole file's bytes and its -wal file's, optionally after a checkpoint (the WAL folded in and emptied), read as UTF-8.</summary>
    private static async Task<string> RawTextAsync(string dbPath, bool checkpoint = true)
    {
        SqliteConnection.ClearAllPools();
        if (checkpoint)
        {
            await CheckpointAsync(dbPath);
        }

        SqliteConnection.ClearAllPools();
        var text = new StringBuilder(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(dbPath)));
        if (File.Exists(dbPath + "-wal"))
        {
            text.Append(Encoding.UTF8.GetString(await File.ReadAllBytesAsync(dbPath + "-wal")));
        }

        return text.ToString();
    }

    private static async Task CheckpointAsync(string dbPath)
    {
        await using (var connection = new SqliteConnection($"Data Source={dbPath}"))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }
    }
}

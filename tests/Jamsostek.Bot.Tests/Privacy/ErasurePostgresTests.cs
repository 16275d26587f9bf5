using System.Text;
using Jamsostek.Bot.Tests.TestSupport;
using Npgsql;

namespace Jamsostek.Bot.Tests.Privacy;

/// <summary>
/// Issue 13: "hapus data saya" on PostgreSQL. After a registration, a rejection, a resubmission and the erasure, no
/// live row of any table (read as text, every column) holds the worker's NIK, name, birth date or phone. Dead row
/// versions are PostgreSQL's to reclaim (autovacuum); the SQLite file test covers the bytes on disk.
/// </summary>
public sealed class ErasurePostgresTests
{
    private const string Now = "2026-11-23T10:00:00+08:00";
    private const string Nik = "6306055208900003";

    [PostgresFact]
    public async Task Rows_HoldNoPersonalValue_WhenWorkerErasedAfterRejectionAndResubmission()
    {
        await using var database = await TestDb.CreateAsync(TestDb.Postgres);
        string[] settings = ["--db", database.DbPath, "--now", Now, "--Database:Provider", "Postgres", "--ConnectionStrings:Default", database.ConnectionString!];
        await ChatAsync(Registration("Siti Aminah", "0812-5555-1234", "/start", "1"));
        await CliAsync(["officers", "add", "rina", "--role", "admin", "--password", "Rahasia-Petugas-2026"]);
        await CliAsync(["signups", "reject", "1", "--reason", "Nama tidak sesuai KTP", "--officer", "rina"]);
        await ChatAsync(Registration("Siti Aminah Rahmawati", "0813-7777-4321", "daftar"));
        Assert.Contains("Siti Aminah", (await BotCli.RunAsync(["signups", "list", "--json", .. settings])).Stdout, StringComparison.Ordinal);

        await ChatAsync(["hapus data saya", "1"]);

        var rows = await AllRowsAsync(database.ConnectionString!);
        Assert.Contains("SignUp", rows, StringComparison.Ordinal); // the audit rows are still there (append-only)
        foreach (var secret in new[] { Nik, "Siti Aminah", "Rahmawati", "1990-08-12", "+6281255551234", "+6281377774321", "0812-5555-1234", "0813-7777-4321" })
        {
            Assert.DoesNotContain(secret, rows, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Siti", (await BotCli.RunAsync(["signups", "list", "--json", .. settings])).Stdout, StringComparison.Ordinal);

        async Task ChatAsync(IEnumerable<string> lines) =>
            Assert.Equal(0, (await BotCli.RunAsync(["chat", "--json", "--user", "u1", .. settings], lines)).ExitCode);
        async Task CliAsync(string[] args) => Assert.Equal(0, (await BotCli.RunAsync([.. args, .. settings])).ExitCode);
    }

    private static string[] Registration(string name, string phone, params string[] start) =>
    [
        .. start, "ya", Nik, name, "12-08-1990", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Pasar Lama 9", phone, "pedagang", "2,5 jt", "2", "3", "Ahmad Fauzi", "anak", "kirim",
    ];

    /// <summary>Every row of every table of the bot's schema, as PostgreSQL prints a row.</summary>
    private static async Task<string> AllRowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var dump = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", connection);
            await using var reader = await dump.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }
        }

        return text.ToString();
    }
}

using System.Text.Json;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Jamsostek.Bot.Tests.Transcripts;

/// <summary>"Tidak ada data Anda yang disimpan" must be true in the database, not only in the reply.</summary>
public sealed class DraftDiscardChatTests
{
    private const string Now = "2026-11-23T10:00:00+08:00";
    private const string Nik = "6306055208900003";
    private const string OldNik = "6306051708500001";

    private static readonly string[] Registration =
    [
        "/start", "1", "ya", Nik, "Siti Aminah", "12-08-1990", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Merdeka No. 5 RT 02", "0812-3456-7890", "pedagang", "2,5 jt", "2", "3", "Ahmad Fauzi", "anak", "kirim",
    ];

    public static TheoryData<string[], string[]> Endings => new()
    {
        // batal after the name and the birth date
        { ["daftar", "ya", Nik, "Siti Aminah", "12-08-1990", "batal"], [Nik, "Siti Aminah", "6306 0552", "Aminah"] },
        // ulang, then batal at the consent
        { ["daftar", "ya", Nik, "Siti Aminah", "ulang", "tidak"], [Nik, "Siti Aminah"] },
        // consent refused
        { ["daftar", "tidak"], [] },
        // over the age limit: the refused NIK itself
        { ["daftar", "ya", OldNik], [OldNik] },
    };

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Chat_KeepsNothingTyped_WhenRegistrationEndsUnsubmitted(string[] lines, string[] secrets)
    {
        using var db = new TempDatabase();

        var chat = await BotCli.ChatJsonAsync(db.DbPath, lines, Now, user: "u1");

        Assert.Contains("simpan", string.Join('\n', chat.Lines), StringComparison.Ordinal);
        var stored = StoredText(db.DbPath);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        }

        Assert.Equal(0, Count(db.DbPath, "SignUps"));
    }

    [Fact]
    public async Task Chat_KeepsSubmittedTranscript_WhenLaterDraftCancelled()
    {
        using var db = new TempDatabase();
        await BotCli.ChatJsonAsync(db.DbPath, Registration, Now, user: "u1");

        await BotCli.ChatJsonAsync(db.DbPath, ["daftar", "ya", "6306050101950002", "Budi Santoso", "batal"], Now, user: "u1");

        var transcript = Transcript(db.DbPath);
        Assert.Contains("Siti Aminah", transcript, StringComparison.Ordinal);
        Assert.Contains("Ahmad Fauzi", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi Santoso", StoredText(db.DbPath), StringComparison.Ordinal);
        Assert.Equal(1, Count(db.DbPath, "SignUps"));
    }

    [Fact]
    public async Task Chat_ShowsOwnReference_WhenSameChatTypesItsNikAgain()
    {
        using var db = new TempDatabase();
        await BotCli.ChatJsonAsync(db.DbPath, Registration, Now, user: "u1");

        var again = await BotCli.ChatJsonAsync(db.DbPath, ["daftar", "ya", Nik], Now, user: "u1");

        var list = await BotCli.RunAsync(["signups", "list", "--json", "--db", db.DbPath]);
        var reference = JsonDocument.Parse(list.Stdout).RootElement[0].GetProperty("reference").GetString()!;
        var last = again.JsonLines.Last(l => l.GetProperty("type").GetString() == "message").GetProperty("text").GetString()!;
        Assert.Contains(reference, last, StringComparison.Ordinal);
        Assert.Contains("menunggu pemeriksaan", last, StringComparison.Ordinal);
        Assert.DoesNotContain("Tidak ada data Anda", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_StoresMonthsTyped_WhenPeriodTypedAsNumber()
    {
        using var db = new TempDatabase();

        await BotCli.ChatJsonAsync(db.DbPath, Registration, Now);

        var list = await BotCli.RunAsync(["signups", "list", "--json", "--db", db.DbPath]);
        var item = Assert.Single(JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().ToList());
        Assert.Equal(3, item.GetProperty("paymentPeriodMonths").GetInt32());
    }

    // Every place a typed value could linger: the transcript, the saved state, the outbox (read decrypted: the
    // columns are encrypted, and a value erased must be gone, not merely unreadable).
    private static string StoredText(string dbPath)
    {
        using var db = new TurnFixtureDb(dbPath).Create();
        return string.Join('\n', Transcript(dbPath), string.Join('\n', db.Conversations.Select(c => c.SlotsJson).ToList()), string.Join('\n', db.OutboxMessages.Select(m => m.Text).ToList()));
    }

    private static string Transcript(string dbPath)
    {
        using var db = new TurnFixtureDb(dbPath).Create();
        return string.Join('\n', db.ConversationMessages.OrderBy(m => m.Id).Select(m => m.Text).ToList());
    }

    private static long Count(string dbPath, string table)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}

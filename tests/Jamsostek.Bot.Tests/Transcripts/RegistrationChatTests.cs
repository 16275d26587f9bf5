using System.Text.Json;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Transcripts;

/// <summary>Whole conversations through `chat --json` on a real SQLite file, then `signups list --json`.</summary>
public sealed class RegistrationChatTests
{
    private const string Now = "2026-11-23T10:00:00+08:00";

    private static readonly string[] Registration =
    [
        "/start", "1", "ya", "6306 0552 0890 0003", "Siti Aminah", "12 agt 90", "ya", "ya", "Kandangan", "kandangan kota",
        "Jl. Merdeka No. 5 RT 02", "0812-3456-7890", "pedagang", "2,5 jt", "JKK + JKM + JHT", "tiap 3 bulan", "Ahmad Fauzi", "anak", "kirim",
    ];

    [Fact]
    public async Task Chat_StoresEveryFieldRight_WhenWholeRegistrationEchoed()
    {
        using var db = new TempDatabase();

        var chat = await BotCli.ChatJsonAsync(db.DbPath, Registration, Now);
        var list = await BotCli.RunAsync(["signups", "list", "--json", "--db", db.DbPath]);

        Assert.Equal(0, chat.ExitCode);
        Assert.Equal(Registration.Length, chat.JsonLines.Count(l => l.GetProperty("type").GetString() == "await"));
        var item = Assert.Single(JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().ToList());
        Assert.Equal("pending", item.GetProperty("status").GetString());
        Assert.Equal("6306055208900003", item.GetProperty("nik").GetString());
        Assert.Equal("Siti Aminah", item.GetProperty("fullName").GetString());
        Assert.Equal("1990-08-12", item.GetProperty("birthDate").GetString());
        Assert.Equal("P", item.GetProperty("sex").GetString());
        Assert.Equal("63.06", item.GetProperty("regencyCode").GetString());
        Assert.Equal("63.06.05", item.GetProperty("districtCode").GetString());
        Assert.Equal("63.06.05.1001", item.GetProperty("villageCode").GetString());
        Assert.Equal("Jl. Merdeka No. 5 RT 02", item.GetProperty("address").GetString());
        Assert.Equal("+6281234567890", item.GetProperty("phone").GetString());
        Assert.Equal("pedagang", item.GetProperty("occupation").GetString());
        Assert.Equal(2_500_000m, item.GetProperty("monthlyIncome").GetDecimal());
        Assert.Equal(2_600_000m, item.GetProperty("incomeBase").GetDecimal());
        Assert.Equal(["JKK", "JKM", "JHT"], item.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(3, item.GetProperty("paymentPeriodMonths").GetInt32());
        Assert.Equal(68_400m, item.GetProperty("monthlyContribution").GetDecimal());
        Assert.Equal("Ahmad Fauzi", item.GetProperty("heir").GetProperty("name").GetString());
        Assert.Equal("anak", item.GetProperty("heir").GetProperty("relationship").GetString());
        Assert.Equal("terminal", item.GetProperty("channel").GetString());
        var reference = item.GetProperty("reference").GetString()!;
        Assert.Contains(chat.JsonLines, l => l.GetProperty("type").GetString() == "message" && l.GetProperty("text").GetString()!.Contains(reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chat_ResumesAtSameStepWithAnswers_WhenUserComesBackLater()
    {
        using var db = new TempDatabase();

        var first = await BotCli.ChatJsonAsync(db.DbPath, Registration[..5], Now, user: "budi");
        Assert.Equal("tanggal_lahir", LastAwait(first).GetProperty("step").GetString());

        var second = await BotCli.ChatJsonAsync(db.DbPath, Registration[5..], Now, user: "budi");

        Assert.Equal("jenis_kelamin", second.JsonLines.First(l => l.GetProperty("type").GetString() == "await").GetProperty("step").GetString());
        Assert.Null(LastAwait(second).GetProperty("step").GetString());
        var list = await BotCli.RunAsync(["signups", "list", "--json", "--db", db.DbPath]);
        Assert.Equal("Siti Aminah", JsonDocument.Parse(list.Stdout).RootElement[0].GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Chat_RefusesWithStatus_WhenSameNikRegistersAgain()
    {
        using var db = new TempDatabase();
        await BotCli.ChatJsonAsync(db.DbPath, Registration, Now, user: "siti");

        var again = await BotCli.ChatJsonAsync(db.DbPath, ["daftar", "ya", "6306055208900003"], Now, user: "orang-lain");

        Assert.Contains("sudah punya pendaftaran", LastMessage(again), StringComparison.Ordinal);
        Assert.DoesNotContain("BPU-", string.Join('\n', again.Lines), StringComparison.Ordinal);
        var list = await BotCli.RunAsync(["signups", "list", "--json", "--db", db.DbPath]);
        Assert.Single(JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray());
    }

    [Theory]
    [InlineData("tidak", "6306055208900003")]
    [InlineData("ya", "6306051708500001")]
    public async Task Chat_StoresNothing_WhenConsentRefusedOrOverAge(string consent, string nik)
    {
        using var db = new TempDatabase();

        var chat = await BotCli.ChatJsonAsync(db.DbPath, ["daftar", consent, nik], Now);

        Assert.Contains("kami simpan", string.Join('\n', chat.Lines), StringComparison.Ordinal);
        var list = await BotCli.RunAsync(["signups", "list", "--json", "--db", db.DbPath]);
        Assert.Empty(JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Ask_PrintsTopicAndScore_WhenQuestionsOnStdin()
    {
        using var db = new TempDatabase();

        var run = await BotCli.RunAsync(["ask", "--json", "--db", db.DbPath], ["brp iuran nya sebulan", "asdfgh"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("iuran", run.JsonLines[0].GetProperty("topic").GetString());
        Assert.InRange(run.JsonLines[0].GetProperty("score").GetDouble(), 0.5, 1);
        Assert.Equal(JsonValueKind.Null, run.JsonLines[1].GetProperty("topic").ValueKind);
    }

    private static JsonElement LastAwait(CliRun run) => run.JsonLines.Last(l => l.GetProperty("type").GetString() == "await");

    private static string LastMessage(CliRun run) =>
        run.JsonLines.Last(l => l.GetProperty("type").GetString() == "message").GetProperty("text").GetString() ?? string.Empty;
}

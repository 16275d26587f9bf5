using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Transcripts;

/// <summary>
/// Issue 15, round 7: a question about another agency's business (rujukan.yaml) reaches the worker in the terminal chat as
/// "not BPJS Ketenagakerjaan's; ask them", with the pointer's follow-ups, and is never answered with a BPJS topic.
/// </summary>
public sealed class OtherAgencyChatTests
{
    private const string Now = "2026-12-02T10:00:00+08:00";

    [Theory]
    [InlineData("ktp saya hilang waktu mudik, bikin lagi ngurusnya kemana ya", "Dukcapil", "Syarat daftar")]
    [InlineData("pkh ibu saya bulan ini belum cair", "Dinas Sosial", "Program BPU")]
    public async Task ChatJson_PointsToTheAgency_WhenAskedAboutItsBusiness(string question, string agency, string followUp)
    {
        using var db = new TempDatabase();

        var chat = await BotCli.ChatJsonAsync(db.DbPath, [question], Now);

        Assert.Equal(0, chat.ExitCode);
        var reply = Assert.Single(chat.JsonLines, l => l.GetProperty("type").GetString() == "message"
            && l.GetProperty("text").GetString()!.Contains(agency, StringComparison.Ordinal));
        var text = reply.GetProperty("text").GetString()!;
        Assert.Contains("bukan", text, StringComparison.Ordinal);
        Assert.Contains(agency, text, StringComparison.Ordinal);
        Assert.Contains(reply.GetProperty("choices").EnumerateArray(), c => c.GetProperty("label").GetString() == followUp);
    }
}

using System.Text.Json;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Transcripts;

/// <summary>
/// Issue 15, round 7: when staff put pointers in dialogs/pengetahuan/rujukan.yaml (round 7's candidate file, which does not
/// ship), a question about another agency's business reaches the worker in the terminal chat as "not BPJS
/// Ketenagakerjaan's; ask them", with the pointer's follow-up topics, never as a BPJS topic; when the bot is not sure, the
/// pointer is offered among the closest topics and answers the same when picked.
/// </summary>
public sealed class OtherAgencyChatTests : IDisposable
{
    private const string Now = "2026-12-02T10:00:00+08:00";

    private readonly string _dialogs = CopyOfDialogsWithPointers();

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);

    [Fact]
    public async Task ChatJson_PointsToDukcapil_WhenAskedAboutLostKtp()
    {
        using var db = new TempDatabase();

        var chat = await ChatAsync(db, ["ktp saya hilang waktu mudik, bikin lagi ngurusnya kemana ya"]);

        Assert.Equal(0, chat.ExitCode);
        var reply = Assert.Single(Messages(chat));
        AssertPointer(reply, "Dukcapil", "Syarat daftar");
    }

    [Fact]
    public async Task ChatJson_AnswersOfferedPointer_WhenWorkerPicksIt()
    {
        using var db = new TempDatabase();

        var chat = await ChatAsync(db, ["pkh ibu saya bulan ini belum cair", "1"]);

        Assert.Equal(0, chat.ExitCode);
        var messages = Messages(chat);
        Assert.Equal("Bansos, PKH & BLT", messages[0].GetProperty("choices")[0].GetProperty("label").GetString());
        AssertPointer(messages[^1], "Dinas Sosial", "Program BPU");
    }

    private Task<CliRun> ChatAsync(TempDatabase db, string[] lines) =>
        BotCli.RunAsync(["chat", "--json", "--db", db.DbPath, "--now", Now, "--Dialogs:Path", _dialogs], lines);

    private static string CopyOfDialogsWithPointers()
    {
        var root = BotProcess.RepositoryRoot();
        var source = Path.Combine(root, "dialogs");
        var copy = Directory.CreateTempSubdirectory("dialogs-rujukan-").FullName;
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.Copy(Path.Combine(root, "tests", "Jamsostek.Dialogs.Tests", "Knowledge", "candidates", "rujukan.yaml"), Path.Combine(copy, "pengetahuan", "rujukan.yaml"));
        return copy;
    }

    private static List<JsonElement> Messages(CliRun chat) =>
        [.. chat.JsonLines.Where(l => l.GetProperty("type").GetString() == "message")];

    private static void AssertPointer(JsonElement reply, string agency, string followUp)
    {
        var text = reply.GetProperty("text").GetString()!;
        Assert.Contains("bukan", text, StringComparison.Ordinal);
        Assert.Contains(agency, text, StringComparison.Ordinal);
        Assert.Contains(reply.GetProperty("choices").EnumerateArray(), c => c.GetProperty("label").GetString() == followUp);
    }
}

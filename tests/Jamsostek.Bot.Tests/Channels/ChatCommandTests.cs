using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Channels;

public sealed class ChatCommandTests
{
    [Fact]
    public async Task RunAsync_PrintsMessagesThenAwait_WhenJson()
    {
        using var database = new TempDatabase();

        var run = await BotCli.ChatJsonAsync(database.DbPath, ["halo ☺ Bapak", "", "  ", "tidak"], now: "2026-05-01T09:00:00+08:00", configure: s => s.AddSingleton<IConversationEngine>(FakeEngine.Echo()));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                """{"type":"message","text":"Anda menulis: halo ☺ Bapak","choices":[{"id":"ya","label":"Ya"},{"id":"tidak","label":"Tidak"}]}""",
                """{"type":"await","dialog":"echo","step":"ask"}""",
                """{"type":"message","text":"Anda menulis: Tidak","choices":[{"id":"ya","label":"Ya"},{"id":"tidak","label":"Tidak"}]}""",
                """{"type":"await","dialog":"echo","step":"ask"}""",
            ],
            run.Lines);
    }

    [Fact]
    public async Task RunAsync_SendsChoiceOfTheNumberedList_WhenANumberIsTyped()
    {
        using var database = new TempDatabase();
        var inputs = new List<InboundInput>();
        var engine = new FakeEngine((state, input, _) =>
        {
            inputs.Add(input);
            return new TurnResult(state, [new Reply("Pilih:", [new ReplyChoice("daftar", "Daftar jadi peserta"), new ReplyChoice("tanya", "Tanya manfaat")])], []);
        });

        var run = await BotCli.RunAsync(["chat", "--db", database.DbPath], ["halo", "2", "3"], s => s.AddSingleton<IConversationEngine>(engine));

        Assert.Equal(InboundInput.FromText("halo"), inputs[0]);
        Assert.Equal(InboundInput.FromChoice("tanya", "Tanya manfaat"), inputs[1]);
        Assert.Equal(InboundInput.FromText("3"), inputs[2]);
        Assert.StartsWith("Pilih:\n1. Daftar jadi peserta\n2. Tanya manfaat\n\nPilih:\n", run.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PrintsTypedAsterisksAndDropsMarkers_WhenPlain()
    {
        using var database = new TempDatabase();
        var engine = new FakeEngine((state, _, _) =>
            new TurnResult(state, [Reply.Plain("• Alamat: Jl. Merdeka \\*No\\* 5\nKetik *kirim* untuk mengirim.")], []));

        var run = await BotCli.RunAsync(["chat", "--db", database.DbPath], ["halo"], s => s.AddSingleton<IConversationEngine>(engine));

        Assert.StartsWith("• Alamat: Jl. Merdeka *No* 5\nKetik kirim untuk mengirim.\n", run.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MarksRepliesSent_WhenPrinted()
    {
        using var database = new TempDatabase();

        await BotCli.ChatJsonAsync(database.DbPath, ["halo"], user: "budi", configure: s => s.AddSingleton<IConversationEngine>(FakeEngine.Echo()));

        await using var fixture = await TurnFixture.StartAsync(FakeEngine.Echo(), database: database);
        await using var db = fixture.Db();
        var row = await db.OutboxMessages.SingleAsync();
        Assert.Equal(("terminal", "budi"), (row.Channel, row.ChatId));
        Assert.NotNull(row.SentAt);
        Assert.StartsWith("budi:", row.TurnMessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PrintsTheApology_WhenEngineFails()
    {
        using var database = new TempDatabase();
        var engine = new FakeEngine((_, _, _) => throw new InvalidOperationException("boom"));

        var run = await BotCli.ChatJsonAsync(database.DbPath, ["halo"], configure: s => s.AddSingleton<IConversationEngine>(engine));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(TurnProcessor.Apology, run.JsonLines[0].GetProperty("text").GetString());
        Assert.Equal("""{"type":"await","dialog":null,"step":null}""", run.Lines[1]);
    }
}

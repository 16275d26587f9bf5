using System.Text.RegularExpressions;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Agents;

/// <summary>`agents add` / `agents list`, and the printed code linking a chat through `chat`.</summary>
public sealed partial class AgentsCommandTests
{
    [Fact]
    public async Task Add_PrintsLinkCodeThatLinksTheAgentsChat_WhenTypedThere()
    {
        using var db = new TempDatabase();

        var added = await BotCli.RunAsync(["agents", "add", "Bu Rahmah", "--kind", "kader", "--regency", "63.06", "--village", "63.06.05.1001", "--phone", "0811-1111-1111", "--db", db.DbPath]);
        var before = await BotCli.RunAsync(["agents", "list", "--db", db.DbPath]);
        var code = LinkCode().Match(added.Stdout).Value;
        var chat = await BotCli.ChatJsonAsync(db.DbPath, [code], user: "agen-1");
        var after = await BotCli.RunAsync(["agents", "list", "--db", db.DbPath]);

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("belum terhubung", before.Stdout, StringComparison.Ordinal);
        Assert.Contains(chat.JsonLines, l => l.GetProperty("type").GetString() == "message" && l.GetProperty("text").GetString()!.Contains("sudah terhubung", StringComparison.Ordinal));
        Assert.Contains("terhubung terminal", after.Stdout, StringComparison.Ordinal);
        var again = await BotCli.ChatJsonAsync(db.DbPath, [code], user: "orang-lain");
        Assert.Contains(again.JsonLines, l => l.GetProperty("type").GetString() == "message" && l.GetProperty("text").GetString()!.Contains("sudah dipakai", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--kind", "lurah", "--phone", "0811-1111-1111")]
    [InlineData("--kind", "kader", "--phone", "12")]
    public async Task Add_RefusesWithUsageCode_WhenKindOrPhoneWrong(string kindOption, string kind, string phoneOption, string phone)
    {
        using var db = new TempDatabase();

        var run = await BotCli.RunAsync(["agents", "add", "Bu Rahmah", kindOption, kind, "--regency", "63.06", phoneOption, phone, "--db", db.DbPath]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--kind kader|perisai|rt", run.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex("AGEN[0-9]{8}")]
    private static partial Regex LinkCode();
}

using Jamsostek.Bot.Channels.Terminal;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Cli;

public sealed class AskCommandTests
{
    [Fact]
    public async Task RunAsync_SaysNothingIsForwarded_WhenAnswerWouldHandOver()
    {
        using var database = new TempDatabase();

        var run = await BotCli.RunAsync(["ask", "--db", database.DbPath, "mau ngomong sama petugas"]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(AskCommand.NothingForwarded, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PrintsAnswerOnly_WhenAnswerHasNoAction()
    {
        using var database = new TempDatabase();

        var run = await BotCli.RunAsync(["ask", "--db", database.DbPath, "anak sy bs dpt beasiswa?"]);

        Assert.DoesNotContain(AskCommand.NothingForwarded, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Rp174 juta", run.Stdout, StringComparison.Ordinal);
    }
}

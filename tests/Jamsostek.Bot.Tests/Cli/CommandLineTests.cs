using Jamsostek.Bot.Cli;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Bot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.Cli;

public sealed class CommandLineTests
{
    /// <summary>Cli/ spells the `--status` values itself (it uses no room): they stay the stored spellings.</summary>
    [Fact]
    public void SignUpStatuses_AreTheStoredSpellings_WhenListed() =>
        Assert.Equal(Enum.GetValues<SignUpStatus>().Select(SignUpStatusCodes.ToText), CommandLine.SignUpStatuses);

    [Fact]
    public void Parse_DefaultsToServe_WhenNoVerb()
    {
        var (command, error) = CommandLine.Parse([]);

        Assert.Null(error);
        Assert.Equal(Verb.Serve, command!.Verb);
    }

    [Fact]
    public void Parse_ReadsEveryOption_WhenGiven()
    {
        var (command, _) = CommandLine.Parse(["chat", "--user", "budi", "--json", "--db=x.db", "--now", "2026-05-01T09:00:00+08:00", "--Dialogs:Path", "d"]);

        Assert.Equal(Verb.Chat, command!.Verb);
        Assert.Equal(("budi", true, "x.db"), (command.User, command.Json, command.DbPath));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 1, 0, 0, TimeSpan.Zero), command.Now);
        Assert.Equal("d", command.Settings["Dialogs:Path"]);
    }

    [Fact]
    public void Parse_ReadsCodeFileAndFlags_WhenSponsorsImport()
    {
        var (command, error) = CommandLine.Parse(["sponsors", "import", "hss2026", "daftar.xlsx", "--dry-run", "--json"]);

        Assert.Null(error);
        Assert.Equal((Verb.SponsorsImport, true, true), (command!.Verb, command.DryRun, command.Json));
        Assert.Equal(["hss2026", "daftar.xlsx"], command.Arguments);
    }

    [Theory]
    [InlineData("sponsors", "import", "hss2026")]
    [InlineData("sponsors", "import", "hss2026", "a.csv", "--dry-run", "x", "--json")]
    [InlineData("sponsors", "add", "x", "--name", "n", "--regency", "63.06", "--dry-run")]
    [InlineData("chta")]
    [InlineData("signups")]
    [InlineData("chat", "--status", "pending")]
    [InlineData("chat", "--now", "kemarin")]
    [InlineData("serve", "--db")]
    [InlineData("db", "migrate", "--bogus", "1")]
    public async Task RunAsync_ExitsWithCode2AndUsage_WhenArgumentsAreBad(params string[] args)
    {
        var run = await BotCli.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PinsTheClock_WhenNowGiven()
    {
        using var database = new TempDatabase();
        DateTimeOffset? seen = null;
        var engine = new FakeEngine((state, _, context) =>
        {
            seen = context.Now;
            return new Jamsostek.Dialogs.Engine.TurnResult(state, [], []);
        });

        await BotCli.ChatJsonAsync(database.DbPath, ["halo"], now: "2026-12-15T09:00:00+08:00", configure: s => s.AddSingleton<Jamsostek.Bot.Conversations.IConversationEngine>(engine));

        Assert.Equal(new DateTimeOffset(2026, 12, 15, 1, 0, 0, TimeSpan.Zero), seen);
    }

    [Fact]
    public async Task RunAsync_RefusesToStartWithExit1_WhenDialogsAreInvalid()
    {
        using var database = new TempDatabase();

        var run = await BotCli.RunAsync(["chat", "--db", database.DbPath], ["halo"], s =>
            s.AddSingleton<Jamsostek.Bot.Conversations.IConversationEngine>(_ => throw new InvalidOperationException("registrasi-bpu.yaml:nik: unknown next 'namaa'")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("registrasi-bpu.yaml:nik: unknown next 'namaa'", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }
}

using System.Text.Json;
using Jamsostek.Bot.Tests.TestSupport;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsostek.Bot.Tests.SignUps;

public sealed class SignUpsListCommandTests
{
    private static async Task SubmitAsync(TempDatabase database, params string[] niks)
    {
        var engine = new FakeEngine((state, input, context) =>
            new TurnResult(state, [], [new SubmitSignUpEffect(context.NewReference, Answers.Complete(input.Text!), "hss-2026")]));
        await using var fixture = await TurnFixture.StartAsync(engine, database: database);
        foreach (var nik in niks)
        {
            await fixture.SendAsync(nik, chatId: nik);
            fixture.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task RunAsync_PrintsTheJsonContract_WhenJson()
    {
        using var database = new TempDatabase();
        await SubmitAsync(database, Answers.Nik);

        var run = await BotCli.RunAsync(["signups", "list", "--json", "--db", database.DbPath]);

        Assert.Equal(0, run.ExitCode);
        var item = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray());
        string Text(string name) => item.GetProperty(name).GetString()!;
        Assert.True(item.GetProperty("id").GetInt64() > 0);
        Assert.Matches("^BPU-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}$", Text("reference"));
        Assert.Equal(("pending", Answers.Nik, "Siti Aminah", "1990-08-12", "P"), (Text("status"), Text("nik"), Text("fullName"), Text("birthDate"), Text("sex")));
        Assert.Equal(("63.06", "63.06.05", "63.06.05.2001"), (Text("regencyCode"), Text("districtCode"), Text("villageCode")));
        Assert.Equal(("Jl. Pasar Baru RT 02", "+6281251234567", "pedagang"), (Text("address"), Text("phone"), Text("occupation")));
        Assert.Equal((2_500_000m, 2_600_000m, 68_400m), (item.GetProperty("monthlyIncome").GetDecimal(), item.GetProperty("incomeBase").GetDecimal(), item.GetProperty("monthlyContribution").GetDecimal()));
        Assert.Equal(["JKK", "JKM", "JHT"], item.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(3, item.GetProperty("paymentPeriodMonths").GetInt32());
        Assert.Equal(("Budi Santoso", "suami"), (item.GetProperty("heir").GetProperty("name").GetString(), item.GetProperty("heir").GetProperty("relationship").GetString()));
        Assert.Equal(("terminal", "hss-2026", "2026-05-01T01:00:00Z"), (Text("channel"), Text("source"), Text("createdAt")));
    }

    [Fact]
    public async Task RunAsync_IsInTheAccessLog_SayingWhetherNiksWereShownInFull()
    {
        using var database = new TempDatabase();
        await SubmitAsync(database, Answers.Nik);

        await BotCli.RunAsync(["signups", "list", "--json", "--db", database.DbPath]);
        await BotCli.RunAsync(["signups", "list", "--status", "pending", "--db", database.DbPath]);

        await using var db = new TurnFixtureDb(database.DbPath).Create();
        var log = await db.AccessLog.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["CLI", "CLI"], log.Select(a => a.Ip));
        Assert.All(log, a => Assert.Equal(global::Jamsostek.Bot.Officers.Access.AccessActions.CliList, a.Action));
        Assert.StartsWith("1 pendaftaran, JSON lengkap; lewat CLI", log[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith("1 pendaftaran, status pending, NIK tersamar; lewat CLI", log[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FiltersByStatusOldestFirst_WhenStatusGiven()
    {
        using var database = new TempDatabase();
        await SubmitAsync(database, "6306055208900003", "6306055208900004");

        var pending = await BotCli.RunAsync(["signups", "list", "--status", "pending", "--json", "--db", database.DbPath]);
        var approved = await BotCli.RunAsync(["signups", "list", "--status", "approved", "--json", "--db", database.DbPath]);

        Assert.Equal(["6306055208900003", "6306055208900004"], JsonDocument.Parse(pending.Stdout).RootElement.EnumerateArray().Select(i => i.GetProperty("nik").GetString()));
        Assert.Equal("[]", approved.Stdout.Trim());
    }

    [Fact]
    public async Task RunAsync_ShowsTheIdAndMasksTheNik_WhenPlain()
    {
        using var database = new TempDatabase();
        await SubmitAsync(database, Answers.Nik);

        var run = await BotCli.RunAsync(["signups", "list", "--db", database.DbPath]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("6306**********03", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Answers.Nik, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Rp68.400", run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("Id ", run.Lines[0].TrimStart(), StringComparison.Ordinal);
        Assert.StartsWith("1 BPU-", run.Lines[1].TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExitsWithUsage_WhenStatusUnknown()
    {
        var run = await BotCli.RunAsync(["signups", "list", "--status", "done"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--status", run.Stderr, StringComparison.Ordinal);
    }
}

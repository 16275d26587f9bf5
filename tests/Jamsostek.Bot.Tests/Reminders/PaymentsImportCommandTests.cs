using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Reminders;

public sealed class PaymentsImportCommandTests
{
    [Fact]
    public async Task PaymentsImport_AppliesNothing_WhenARowIsBad_ThenEverythingOnceFixed_AndStopsThatMonthsReminders()
    {
        using var database = new TempDatabase();
        await using (var host = await ReminderHost.StartAsync(dbPath: database.DbPath))
        {
            await host.AddMemberAsync("63.06", "2026-05"); // KPJ 10000000001, NIK 6306055208900001
        }

        var file = Path.Combine(database.Folder, "bayar.csv");
        await File.WriteAllTextAsync(file, "nik,kpj,months,amount,paid_at,reference\n6306055208900001,10000000001,1,8400,2026-05-05,REF-1\n6306055208900001,10000000001,x,8400,2026-05-05,REF-2\n");
        var bad = await BotCli.RunAsync(["payments", "import", file, "--db", database.DbPath, "--now", "2026-05-05T12:00:00+08:00"]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("baris 3: months harus 1 sampai 12", bad.Stderr, StringComparison.Ordinal);

        await File.WriteAllTextAsync(file, "nik,kpj,months,amount,paid_at,reference\n6306055208900001,10000000001,1,9000,2026-05-05,REF-1\n");
        var good = await BotCli.RunAsync(["payments", "import", file, "--db", database.DbPath, "--now", "2026-05-05T12:00:00+08:00"]);
        Assert.Equal(0, good.ExitCode);
        Assert.Contains("Dicatat: 1. Sudah tercatat sebelumnya: 0. Jumlah tidak sesuai tarif (ditandai): 1.", good.Stdout, StringComparison.Ordinal);
        var again = await BotCli.RunAsync(["payments", "import", file, "--db", database.DbPath, "--now", "2026-05-05T12:00:00+08:00"]);
        Assert.Contains("Dicatat: 0. Sudah tercatat sebelumnya: 1.", again.Stdout, StringComparison.Ordinal);

        // Paid on the 5th: no reminder for May on its h-7 (8 May), the pass prints nothing.
        var plan = await BotCli.RunAsync(["reminders", "plan", "--json", "--db", database.DbPath, "--now", "2026-05-08T09:00:00+08:00"]);
        Assert.Empty(plan.Lines);
        var members = await BotCli.RunAsync(["members", "list", "--json", "--db", database.DbPath, "--now", "2026-05-08T09:00:00+08:00"]);
        Assert.Contains("\"paidThrough\":\"2026-05\"", members.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"nextDueDate\":\"2026-06-15\"", members.Stdout, StringComparison.Ordinal);
    }
}

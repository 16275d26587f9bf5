using System.Diagnostics;
using System.Globalization;
using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.Reminders;
using Jamsostek.Bot.Shared;
using Jamsostek.Bpu;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Benchmarks;

/// <summary>
/// One reminder planning pass over 1 000 000 members (issue 10: under 60 s and 500 MB peak). Not BenchmarkDotNet:
/// one pass is the unit, and its peak memory must be the process's own, so seeding is a separate run:
/// <c>dotnet run -c Release --project tests/Jamsostek.Bot.Benchmarks -- planning seed</c>, then
/// <c>dotnet run -c Release --project tests/Jamsostek.Bot.Benchmarks -- planning</c> (each measured run starts from
/// a copy of the seeded file, so the ledger is empty).
/// </summary>
public static class PlanningPassBenchmark
{
    private const int Members = 1_000_000;

    // 12 June 2026, 09:00 WITA / 08:00 WIB: h-3 of June (due Monday 15th) for everyone whose next unpaid month is June.
    private static readonly DateTimeOffset At = new(2026, 6, 12, 1, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Path.Combine(Path.GetTempPath(), "jamsostek-bench");
        Directory.CreateDirectory(folder);
        var seeded = Path.Combine(folder, "members-1m.db");
        if (args.Contains("seed"))
        {
            await SeedAsync(seeded);
            return 0;
        }

        if (!File.Exists(seeded))
        {
            Console.Error.WriteLine("Run 'planning seed' first.");
            return 1;
        }

        var work = Path.Combine(folder, "members-1m-run.db");
        File.Copy(seeded, work, overwrite: true);
        await using (var wal = new SqliteConnection($"Data Source={work}"))
        {
            // As the host runs it (Data/SqliteWalInterceptor): write-ahead log.
            await wal.OpenAsync();
            await using var pragma = wal.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var factory = new SqliteBotDbFactory(work);
        var planner = new ReminderPlanner(
            factory,
            new ContributionSchedule(Tariff.LoadEmbedded(), HolidayCalendar.LoadEmbedded()),
            ReminderTexts.Load(new DialogsOptions().ResolvePath()),
            Options.Create(new RemindersOptions()),
            new OutboxSignal(),
            TimeProvider.System,
            NullLogger<ReminderPlanner>.Instance);

        var watch = Stopwatch.StartNew();
        var queued = await planner.PlanAsync(At);
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "members {0:N0}, reminders queued {1:N0}, pass {2:F1} s, peak working set {3:N0} MB, managed heap after {4:N0} MB",
            Members, queued.Count, watch.Elapsed.TotalSeconds, process.PeakWorkingSet64 / 1024 / 1024, GC.GetTotalMemory(false) / 1024 / 1024));
        return watch.Elapsed.TotalSeconds < 60 && process.PeakWorkingSet64 < 500L * 1024 * 1024 ? 0 : 3;
    }

    /// <summary>
    /// Half the members owe June (a reminder today), a quarter paid ahead, a sixth in arrears, the rest sponsored or
    /// opted out; WIB and WITA alternate; periods 1/3/6/12. Raw prepared inserts: seeding is not what is measured.
    /// </summary>
    private static async Task SeedAsync(string path)
    {
        File.Delete(path);
        await using (var db = new SqliteBotDbFactory(path).CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO Members (SignUpId, Kpj, Nik, FullName, RegencyCode, VillageCode, Programs, PaymentPeriodMonths, MonthlyIncome, Occupation,
              FirstContributionMonth, TimeZone, Channel, ChatId, Sponsored, SponsorCode, PaidThrough, RemindersOn, CreatedAt)
            VALUES ($id, $kpj, $nik, $name, $regency, $village, 'JKK,JKM', $period, 1000000, $occupation, '2026-01-01', $zone, 'telegram', $chat, $sponsored, NULL, $paid, $on, 0)
            """;
        string[] names = ["$id", "$kpj", "$nik", "$name", "$regency", "$village", "$period", "$occupation", "$zone", "$chat", "$sponsored", "$paid", "$on"];
        foreach (var name in names)
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        int[] periods = [1, 3, 6, 12];
        for (var i = 1; i <= Members; i++)
        {
            var wita = i % 2 == 0;
            var kind = i % 12;
            var paid = kind switch
            {
                < 6 => "2026-05-01",            // owes June: h-3 today
                < 9 => "2026-08-01",            // paid ahead
                < 11 => "2026-02-01",           // in arrears since March
                _ => "2026-05-01",              // sponsored or opted out
            };
            object[] values =
            [
                i, (10_000_000_000L + i).ToString(CultureInfo.InvariantCulture), (6306000000000000L + i).ToString(CultureInfo.InvariantCulture), $"Peserta {i}",
                wita ? "63.06" : "62.01", wita ? "63.06.05.2001" : "62.01.01.2001", periods[i / 12 % 4], i % 3 == 0 ? "ojek" : "pedagang",
                wita ? "Asia/Makassar" : "Asia/Pontianak", (100_000_000L + i).ToString(CultureInfo.InvariantCulture), kind == 11 && i % 2 == 0 ? 1 : 0, paid, kind == 11 && i % 2 == 1 ? 0 : 1,
            ];
            for (var p = 0; p < values.Length; p++)
            {
                insert.Parameters[p].Value = values[p];
            }

            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        Console.WriteLine($"Seeded {Members:N0} members in {path}");
    }
}

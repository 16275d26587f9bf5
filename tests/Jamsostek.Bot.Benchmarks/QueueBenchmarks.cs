using System.Globalization;
using BenchmarkDotNet.Attributes;
using Jamsostek.Bot.Officers;
using Jamsostek.Bot.SignUps;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.SignUps.Queue;

namespace Jamsostek.Bot.Benchmarks;

/// <summary>
/// The officer queue over 100 000 sign-ups (the scale): the first page an officer opens, a deep page,
/// a name search and an exact NIK search, as admin and as a petugas of two regencies.
/// </summary>
[MemoryDiagnoser]
public class QueueBenchmarks
{
    private const int Rows = 100_000;
    private static readonly string[] Regencies = ["63.06", "63.07", "63.08", "63.09", "63.10", "62.01", "62.02", "61.01", "61.02", "64.01"];
    private static readonly string[] Occupations = ["petani", "nelayan", "pedagang", "ojek", "buruh_harian"];

    private SignUpQueue _queue = null!;
    private readonly OfficerScope _admin = OfficerScope.Everything("admin");
    private readonly OfficerScope _petugas = new("rina", false, ["63.06", "63.07"]);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // Seeding 100 000 rows takes a while: the file is kept between runs, rebuilt when it is not complete.
        var path = Path.Combine(Path.GetTempPath(), "jamsostek-bench", "queue-100k.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var factory = new SqliteBotDbFactory(path);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            if (await db.SignUps.CountAsync() != Rows)
            {
                await db.SignUps.ExecuteDeleteAsync();
                await SeedAsync(factory);
            }
        }

        // The page counts each row's failed checks: the benchmark pays for them as the console does.
        var regions = Jamsostek.Bpu.RegionCatalog.LoadEmbedded();
        var checks = new Jamsostek.Bot.SignUps.Decisions.SignUpChecks(factory, new Jamsostek.Bpu.NikParser(regions), new Jamsostek.Bpu.EligibilityRules(new Jamsostek.Bpu.EligibilityOptions()),
            Jamsostek.Bpu.Tariff.LoadEmbedded(), regions, Jamsostek.Bpu.HolidayCalendar.LoadEmbedded(), TimeProvider.System);
        _queue = new SignUpQueue(factory, checks);
    }

    [Benchmark(Baseline = true)]
    public Task<QueuePage> FirstPage_Admin() => _queue.PageAsync(new QueueFilter(), _admin);

    [Benchmark]
    public Task<QueuePage> FirstPage_PetugasOfTwoRegencies() => _queue.PageAsync(new QueueFilter(), _petugas);

    [Benchmark]
    public Task<QueuePage> Page500_Admin() => _queue.PageAsync(new QueueFilter { Page = 500 }, _admin);

    [Benchmark]
    public Task<QueuePage> FilteredByVillageAndOccupation() =>
        _queue.PageAsync(new QueueFilter { Regency = "63.06", Village = "63.06.05.2003", Occupation = "nelayan" }, _petugas);

    [Benchmark]
    public Task<QueuePage> SearchByName() => _queue.PageAsync(new QueueFilter { Search = "Pekerja 4242" }, _admin);

    [Benchmark]
    public Task<QueuePage> SearchByNik() => _queue.PageAsync(new QueueFilter { Search = "6306055208942420" }, _admin);

    [Benchmark]
    public Task<IReadOnlyList<string>> RegencyChoices_Admin() => _queue.RegenciesAsync(_admin);

    private static async Task SeedAsync(SqliteBotDbFactory factory)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var batch = 0; batch < Rows; batch += 10_000)
        {
            await using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = batch; n < batch + 10_000; n++)
            {
                db.SignUps.Add(Make(n, start.AddMinutes(n * 3)));
            }

            await db.SaveChangesAsync();
        }
    }

    private static SignUp Make(int n, DateTimeOffset createdAt)
    {
        var regency = Regencies[n % Regencies.Length];
        var status = (n % 10) switch { < 7 => SignUpStatus.Pending, 7 or 8 => SignUpStatus.Approved, _ => SignUpStatus.Rejected };
        return new SignUp
        {
            Reference = "BPU-B" + n.ToString("D6", CultureInfo.InvariantCulture),
            Status = status,
            Nik = regency.Replace(".", string.Empty, StringComparison.Ordinal) + "0552089" + n.ToString("D5", CultureInfo.InvariantCulture)[..5],
            FullName = "Pekerja " + n.ToString(CultureInfo.InvariantCulture),
            BirthDate = new DateOnly(1990, 8, 12),
            Sex = "P",
            RegencyCode = regency,
            DistrictCode = regency + ".05",
            VillageCode = regency + ".05.200" + (n % 7).ToString(CultureInfo.InvariantCulture),
            Address = "Jl. Pasar Baru RT 02",
            Phone = "+62812" + n.ToString("D8", CultureInfo.InvariantCulture),
            Occupation = Occupations[n % Occupations.Length],
            MonthlyIncome = 2_500_000m,
            IncomeBase = 2_600_000m,
            Programs = "JKK,JKM,JHT",
            PaymentPeriodMonths = 1,
            MonthlyContribution = 68_400m,
            HeirName = "Budi Santoso",
            HeirRelationship = "pasangan",
            Channel = "telegram",
            ChatId = "chat-" + n.ToString(CultureInfo.InvariantCulture),
            Kpj = status == SignUpStatus.Approved ? (10_000_000_000L + n).ToString(CultureInfo.InvariantCulture) : null,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
    }
}

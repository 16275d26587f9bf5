using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>The automatic checks an officer sees before deciding: NIK, birth date, age, duplicates, income bracket, contribution.</summary>
/// <remarks>
/// One evaluation for the detail page (every check, with its findings) and the queue (how many failed, for a page
/// or a few thousand sign-ups at once): the look-ups are made once per batch, never per row.
/// </remarks>
public sealed class SignUpChecks(IDbContextFactory<BotDbContext> dbFactory, NikParser nikParser, EligibilityRules eligibility, Tariff tariff, RegionCatalog regions, HolidayCalendar holidays, TimeProvider time)
{
    private const int MaxRelated = 5;

    public async Task<IReadOnlyList<CheckResult>> RunAsync(SignUp s, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lookups = await LookupsAsync(db, [s], cancellationToken);
        return Evaluate(s, lookups);
    }

    /// <summary>How many checks each sign-up fails (0: nothing to look at), by sign-up id.</summary>
    public async Task<IReadOnlyDictionary<long, int>> WarningCountsAsync(IReadOnlyList<SignUp> signUps, CancellationToken cancellationToken = default)
    {
        if (signUps.Count == 0)
        {
            return new Dictionary<long, int>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lookups = await LookupsAsync(db, signUps, cancellationToken);
        return signUps.ToDictionary(s => s.Id, s => Evaluate(s, lookups).Count(c => !c.Passed));
    }

    private List<CheckResult> Evaluate(SignUp s, Lookups lookups)
    {
        var submittedOn = DateOnly.FromDateTime(WorkerZone.Of(s.RegencyCode).ToLocal(s.CreatedAt).DateTime);
        var today = DateOnly.FromDateTime(WorkerZone.Of(s.RegencyCode).ToLocal(time.GetUtcNow()).DateTime);
        var results = new List<CheckResult>();

        var nik = nikParser.Parse(s.Nik, today);
        results.Add(nik.Info is { } info
            ? new CheckResult("Format dan wilayah NIK", true, $"Sah; wilayah penerbitan {regions.FindRegency(info.RegencyCode)?.DisplayName ?? info.RegencyCode}.")
            : new CheckResult("Format dan wilayah NIK", false, nik.Explanation ?? "NIK tidak sah."));
        if (nik.Info is { } parsed)
        {
            var sameDate = parsed.BirthDate == s.BirthDate;
            var sameSex = parsed.Sex.ToCode() == s.Sex;
            results.Add(new CheckResult("Tanggal lahir dan jenis kelamin sesuai NIK", sameDate && sameSex,
                $"Dari NIK: {IndonesianFormat.Date(parsed.BirthDate)}, {parsed.Sex.ToIndonesian()}; diisi: {IndonesianFormat.Date(s.BirthDate)}, {(s.Sex == "P" ? "perempuan" : "laki-laki")}."));
        }

        var age = eligibility.Check(s.BirthDate, submittedOn);
        results.Add(new CheckResult("Usia saat mendaftar", age.Eligible, $"{age.Age} tahun." + (age.Eligible ? string.Empty : " Di luar batas usia peserta BPU.")));
        results.Add(Duplicates("NIK ganda (pendaftaran lain dan peserta)", lookups.SameNik(s)));
        results.Add(Duplicates("Nomor HP ganda", lookups.SamePhone(s)));

        var bracket = tariff.BracketFor(s.MonthlyIncome);
        results.Add(new CheckResult("Dasar penghasilan", bracket.Base == s.IncomeBase,
            $"Penghasilan {IndonesianFormat.Money(s.MonthlyIncome)}: dasar {IndonesianFormat.Money(bracket.Base)}; tercatat {IndonesianFormat.Money(s.IncomeBase)}."));

        results.Add(QuoteCheck(s, s.Source is null ? null : lookups.SponsorNames.GetValueOrDefault(s.Source)));
        return results;
    }

    private static CheckResult Duplicates(string name, List<RelatedSignUp> others) =>
        new(name, others.Count == 0, others.Count == 0 ? "Tidak ada." : string.Join(", ", others.Select(o => $"{o.Reference} ({StatusLabels.Of(o.Status)})")))
        {
            Related = others,
        };

    /// <summary>Other sign-ups (not withdrawn) with the same NIK or phone as any in the batch, and the sponsors' names.</summary>
    private static async Task<Lookups> LookupsAsync(BotDbContext db, IReadOnlyList<SignUp> batch, CancellationToken cancellationToken)
    {
        var cipher = db.Cipher;
        string Key(string value) => cipher?.Hash(value) ?? value;
        var nikKeys = batch.Select(s => Key(s.Nik)).Distinct().ToList();
        var phoneKeys = batch.Select(s => Key(s.Phone)).Distinct().ToList();
        var live = db.SignUps.AsNoTracking().Where(o => o.Status != SignUpStatus.Withdrawn);
        // Without encryption the plain columns are compared (and the key is the value); with it, the keyed hashes.
        var byNik = cipher is null
            ? await live.Where(o => nikKeys.Contains(o.Nik)).Select(o => new Found(o.Nik, o.Id, o.Reference, o.FullName, o.Status)).ToListAsync(cancellationToken)
            : await live.Where(o => nikKeys.Contains(o.NikHash!)).Select(o => new Found(o.NikHash!, o.Id, o.Reference, o.FullName, o.Status)).ToListAsync(cancellationToken);
        var byPhone = cipher is null
            ? await live.Where(o => phoneKeys.Contains(o.Phone)).Select(o => new Found(o.Phone, o.Id, o.Reference, o.FullName, o.Status)).ToListAsync(cancellationToken)
            : await live.Where(o => phoneKeys.Contains(o.PhoneHash!)).Select(o => new Found(o.PhoneHash!, o.Id, o.Reference, o.FullName, o.Status)).ToListAsync(cancellationToken);
        var sources = batch.Where(s => s.Source is not null).Select(s => s.Source!).Distinct().ToList();
        var sponsors = sources.Count == 0
            ? new Dictionary<string, string>()
            : await db.Sponsors.AsNoTracking().Where(p => sources.Contains(p.Code)).ToDictionaryAsync(p => p.Code, p => p.Name, cancellationToken);
        return new Lookups(byNik.ToLookup(f => f.Key), byPhone.ToLookup(f => f.Key), sponsors, Key);
    }

    private sealed record Found(string Key, long Id, string Reference, string FullName, SignUpStatus Status);

    private sealed record Lookups(ILookup<string, Found> ByNik, ILookup<string, Found> ByPhone, IReadOnlyDictionary<string, string> SponsorNames, Func<string, string> Key)
    {
        public List<RelatedSignUp> SameNik(SignUp s) => Others(ByNik[Key(s.Nik)], s.Id);

        public List<RelatedSignUp> SamePhone(SignUp s) => Others(ByPhone[Key(s.Phone)], s.Id);

        private static List<RelatedSignUp> Others(IEnumerable<Found> found, long self) =>
            [.. found.Where(f => f.Id != self).OrderBy(f => f.Id).Take(MaxRelated).Select(f => new RelatedSignUp(f.Id, f.Reference, f.FullName, f.Status))];
    }

    /// <summary>
    /// Recomputes the amount the chat quoted, by the chat's own rule: the contribution month of the latest
    /// submission, and no relief when a sponsor (APBD) pays. A sponsored worker pays nothing themselves.
    /// </summary>
    private CheckResult QuoteCheck(SignUp s, string? sponsor)
    {
        const string Name = "Iuran yang disebutkan";
        try
        {
            var quotedAt = s.Status == SignUpStatus.Pending ? s.UpdatedAt : s.CreatedAt;
            var month = WorkerCalendar.ContributionMonth(quotedAt, holidays);
            var quote = tariff.Quote(s.MonthlyIncome, SignUpPrograms.Parse(s.Programs), month, s.Occupation, sponsored: sponsor is not null);
            var payer = sponsor is null ? string.Empty : $" Dibayar oleh {sponsor} (APBD, tanpa keringanan).";
            return new CheckResult(Name, quote.Total == s.MonthlyContribution,
                $"Menurut tarif bulan {IndonesianFormat.Month(month)}: {IndonesianFormat.Money(quote.Total)}/bulan; disebutkan kepada pekerja: {IndonesianFormat.Money(s.MonthlyContribution)}/bulan.{payer}");
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return new CheckResult(Name, false, "Iuran tidak dapat dihitung ulang dari tarif.");
        }
    }
}

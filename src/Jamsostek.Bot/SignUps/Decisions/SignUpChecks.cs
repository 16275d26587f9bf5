using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Decisions;

/// <summary>The automatic checks an officer sees before deciding: NIK, birth date, age, duplicates, income bracket, contribution.</summary>
public sealed class SignUpChecks(IDbContextFactory<BotDbContext> dbFactory, NikParser nikParser, EligibilityRules eligibility, Tariff tariff, RegionCatalog regions, HolidayCalendar holidays, TimeProvider time)
{
    public async Task<IReadOnlyList<CheckResult>> RunAsync(SignUp s, CancellationToken cancellationToken = default)
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

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var phoneHash = db.Cipher?.Hash(s.Phone);
        var sameNik = await NikLookup.SignUpsWith(db, [s.Nik]).AsNoTracking()
            .Where(o => o.Id != s.Id)
            .Select(o => new { o.Reference, o.Status }).Take(5).ToListAsync(cancellationToken);
        results.Add(new CheckResult("NIK ganda (pendaftaran lain dan peserta)", sameNik.Count == 0,
            sameNik.Count == 0 ? "Tidak ada." : string.Join(", ", sameNik.Select(o => $"{o.Reference} ({StatusLabels.Of(o.Status)})"))));
        var samePhone = await db.SignUps.AsNoTracking()
            .Where(o => (phoneHash == null ? o.Phone == s.Phone : o.PhoneHash == phoneHash) && o.Id != s.Id && o.Status != SignUpStatus.Withdrawn)
            .Select(o => new { o.Reference, o.Status }).Take(5).ToListAsync(cancellationToken);
        results.Add(new CheckResult("Nomor HP ganda", samePhone.Count == 0,
            samePhone.Count == 0 ? "Tidak ada." : string.Join(", ", samePhone.Select(o => $"{o.Reference} ({StatusLabels.Of(o.Status)})"))));

        var bracket = tariff.BracketFor(s.MonthlyIncome);
        results.Add(new CheckResult("Dasar penghasilan", bracket.Base == s.IncomeBase,
            $"Penghasilan {IndonesianFormat.Money(s.MonthlyIncome)}: dasar {IndonesianFormat.Money(bracket.Base)}; tercatat {IndonesianFormat.Money(s.IncomeBase)}."));

        results.Add(await QuoteCheckAsync(db, s, cancellationToken));
        return results;
    }

    /// <summary>
    /// Recomputes the amount the chat quoted, by the chat's own rule: the contribution month of the latest
    /// submission, and no relief when a sponsor (APBD) pays. A sponsored worker pays nothing themselves.
    /// </summary>
    private async Task<CheckResult> QuoteCheckAsync(BotDbContext db, SignUp s, CancellationToken cancellationToken)
    {
        const string Name = "Iuran yang disebutkan";
        try
        {
            var sponsor = s.Source is null ? null : await db.Sponsors.AsNoTracking().Where(p => p.Code == s.Source).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
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

using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// Adds and changes sponsor programmes (the admin's console page and <c>sponsors add</c>), each change written to the
/// audit with the programme before and after in the same save.
/// </summary>
public sealed class SponsorProgrammes(IDbContextFactory<BotDbContext> dbFactory, RegionCatalog regions, TimeProvider time)
{
    /// <summary>The field name of an error that belongs to no one field (a code taken, a programme gone).</summary>
    public const string Whole = "";

    /// <returns>No errors when added; else one Indonesian message per bad field.</returns>
    public async Task<IReadOnlyDictionary<string, string>> AddAsync(SponsorProgrammeForm form, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var sponsor = new Sponsor { Code = string.Empty, Name = string.Empty, RegencyCode = string.Empty };
        var errors = form.Check(regions, sponsor);
        if (errors.Count > 0)
        {
            return errors;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Sponsors.AnyAsync(s => s.Code == sponsor.Code, cancellationToken))
        {
            return new Dictionary<string, string> { [nameof(SponsorProgrammeForm.Code)] = Taken(sponsor.Code) };
        }

        db.Sponsors.Add(sponsor);
        db.AuditEntries.Add(AuditEntry.Of(time.GetUtcNow(), actor, "sponsor-added", nameof(Sponsor), sponsor.Code, Snapshot(sponsor)));
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Changes the programme <paramref name="code"/>; its code stays (it is in every invitation link already sent).</summary>
    public async Task<IReadOnlyDictionary<string, string>> UpdateAsync(string code, SponsorProgrammeForm form, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Sponsors.SingleOrDefaultAsync(s => s.Code == code, cancellationToken) is not { } sponsor)
        {
            return new Dictionary<string, string> { [Whole] = $"Program {code} tidak ada." };
        }

        var before = Snapshot(sponsor);
        form.Code = sponsor.Code;
        var errors = form.Check(regions, sponsor);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (db.ChangeTracker.HasChanges())
        {
            db.AuditEntries.Add(AuditEntry.Of(time.GetUtcNow(), actor, "sponsor-changed", nameof(Sponsor), sponsor.Code, Snapshot(sponsor), before));
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }

    /// <summary>The message for a code another programme has (the CLI's exit code 1 rather than a usage error).</summary>
    public static string Taken(string code) => $"Kode {code} sudah dipakai program lain.";

    private static object Snapshot(Sponsor s) => new
    {
        s.Code, s.Name, s.RegencyCode, s.LegalBasis, s.BudgetYear, s.PeriodStart, s.PeriodEnd, s.Quota, s.QuotaPerVillage,
        s.VillageQuotas, s.EligibleGroups, s.Programs,
    };
}

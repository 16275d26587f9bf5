using Jamsostek.Bot.Data;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// The programme's quota (whole regency and per village) against a list being imported: places taken are the
/// programme's approved and pending sign-ups and its invitations not yet answered, as the coverage page counts them;
/// the file's valid rows then take the places left in file order, and a row past a quota is refused with the reason.
/// </summary>
internal static class SponsorQuota
{
    public static async Task RefuseOverQuotaAsync(BotDbContext db, Sponsor sponsor, IEnumerable<SponsorRowResult> results, CancellationToken cancellationToken)
    {
        if (sponsor.Quota is null && sponsor.QuotaPerVillage is null && string.IsNullOrEmpty(sponsor.VillageQuotas))
        {
            return;
        }

        var taken = (await db.SignUps.AsNoTracking()
                .Where(s => s.Source == sponsor.Code && (s.Status == SignUpStatus.Approved || s.Status == SignUpStatus.Pending))
                .GroupBy(s => s.VillageCode).Select(g => new { Village = g.Key, N = g.Count() })
                .ToListAsync(cancellationToken))
            .Concat(await db.SponsorInvitations.AsNoTracking()
                .Where(i => i.SponsorId == sponsor.Id && i.Status == SponsorInvitationStatus.Invited)
                .GroupBy(i => i.VillageCode).Select(g => new { Village = g.Key, N = g.Count() })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.Village)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.N), StringComparer.Ordinal);
        var total = taken.Values.Sum();

        foreach (var row in results.Where(r => r.Ok))
        {
            var village = row.Village!;
            var inVillage = taken.GetValueOrDefault(village.Code);
            if (sponsor.Quota is { } quota && total >= quota)
            {
                row.Reasons.Add($"Melebihi kuota program ({quota} orang sudah terisi oleh peserta, pendaftar, dan undangan).");
            }

            if (sponsor.QuotaFor(village.Code) is { } perVillage && inVillage >= perVillage)
            {
                row.Reasons.Add($"Melebihi kuota desa {village.Name} ({perVillage} orang sudah terisi).");
            }

            if (row.Ok)
            {
                taken[village.Code] = inVillage + 1;
                total++;
            }
        }
    }
}

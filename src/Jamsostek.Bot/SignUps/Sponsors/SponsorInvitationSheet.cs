using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// The printable list for village meetings: every invitation still waiting for the worker's consent, by village and
/// name, each with a QR code of its deep link (SVG, drawn here: nothing leaves the server) and the line to type
/// instead. The NIK is masked: the sheet lies on a table in a balai desa.
/// </summary>
public sealed class SponsorInvitationSheet(IDbContextFactory<BotDbContext> dbFactory, IOptions<SponsorInvitationOptions> options, SponsorInvitationTexts texts, RegionCatalog regions)
{
    public async Task<IReadOnlyList<SponsorSheetRow>> RowsAsync(Sponsor sponsor, string? villageCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sponsor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.SponsorInvitations.AsNoTracking().Where(i => i.SponsorId == sponsor.Id && i.Status == SponsorInvitationStatus.Invited);
        if (!string.IsNullOrWhiteSpace(villageCode))
        {
            query = query.Where(i => i.VillageCode == villageCode);
        }

        var invitations = await query.Select(i => new { i.Code, i.FullName, i.Nik, i.VillageCode }).ToListAsync(cancellationToken);
        using var generator = new QRCodeGenerator();
        return [.. invitations
            .Select(i => new { i, Village = regions.FindVillage(i.VillageCode)?.Name ?? i.VillageCode })
            .OrderBy(x => x.Village, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.i.FullName, StringComparer.OrdinalIgnoreCase)
            .Select(x =>
            {
                var link = options.Value.LinkTo(x.i.Code);
                return new SponsorSheetRow(x.Village, x.i.FullName, NikParser.Mask(x.i.Nik), x.i.Code, link,
                    link is null ? null : Svg(generator, link), texts.Fill(texts.Printed, x.i.FullName, sponsor.Name, link ?? string.Empty, x.i.Code));
            })];
    }

    private static string Svg(QRCodeGenerator generator, string link)
    {
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(3);
    }
}

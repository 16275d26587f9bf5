using System.Globalization;
using System.Text;
using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Jamsostek.Dialogs.Engine;
using Jamsostek.Dialogs.Text;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.SignUps;

namespace Jamsostek.Bot.SignUps.Exports;

/// <summary>Approved sign-ups of a date range (decision date, in the chosen regency's zone, else WIB) and region as CSV: the columns keyed into the official system.</summary>
/// <remarks>Each row says when it was first exported (empty: new in this file), so a row is not keyed in twice.</remarks>
public sealed class ApprovedExport(IDbContextFactory<BotDbContext> dbFactory, RegionCatalog regions, AnswerLabels labels, TimeProvider time)
{
    public static readonly string[] Columns =
    [
        "Nomor KPJ", "NIK", "Nama lengkap", "Tanggal lahir", "Jenis kelamin", "Alamat", "Desa/Kelurahan", "Kecamatan",
        "Kabupaten/Kota", "Kode desa", "Nomor HP", "Pekerjaan", "Penghasilan per bulan", "Dasar penghasilan", "Program",
        "Iuran per bulan", "Periode bayar (bulan)", "Ahli waris", "Hubungan ahli waris", "Sponsor", "Nomor referensi",
        "Tanggal disetujui (waktu setempat pekerja)", "Petugas", "Sudah diekspor sebelumnya (waktu setempat pekerja)",
    ];

    public async Task<string> CsvAsync(DateOnly from, DateOnly to, string? regency, OfficerScope scope, CancellationToken cancellationToken = default)
    {
        // The days are the chosen regency's own (WITA in Kalimantan Selatan); else the officer's zone, as the page says.
        var zone = WorkerZone.ForFilter(regency, scope);
        var start = WorkerZone.StartOf(from, zone);
        var end = WorkerZone.StartOf(to.AddDays(1), zone);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = scope.Apply(db.SignUps.AsNoTracking())
            .Where(s => s.Status == SignUpStatus.Approved && s.DecidedAt >= start && s.DecidedAt < end);
        if (!string.IsNullOrWhiteSpace(regency))
        {
            query = query.Where(s => s.RegencyCode == regency);
        }

        var text = new StringBuilder(Csv.Line(Columns));
        await foreach (var s in query.OrderBy(s => s.DecidedAt).ThenBy(s => s.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            text.Append(Csv.Line(Row(s)));
        }

        var now = time.GetUtcNow();
        await query.Where(s => s.ExportedAt == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.ExportedAt, now), cancellationToken);
        return text.ToString();
    }

    private IEnumerable<string?> Row(SignUp s) =>
    [
        s.Kpj, s.Nik, s.FullName, s.BirthDate.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), s.Sex == "P" ? "Perempuan" : "Laki-laki",
        s.Address, regions.FindVillage(s.VillageCode)?.Name, regions.FindDistrict(s.DistrictCode)?.Name, regions.FindRegency(s.RegencyCode)?.Name,
        s.VillageCode, IndonesianFormat.Phone(s.Phone), labels.Occupation(s.Occupation, s.OccupationOther),
        Amount(s.MonthlyIncome), Amount(s.IncomeBase), s.Programs, Amount(s.MonthlyContribution),
        s.PaymentPeriodMonths.ToString(CultureInfo.InvariantCulture), s.HeirName, labels.Relationship(s.HeirRelationship), s.Source, s.Reference,
        Local(s.DecidedAt, s.RegencyCode), s.DecidedBy, Local(s.ExportedAt, s.RegencyCode),
    ];

    private static string? Local(DateTimeOffset? utc, string regencyCode) => utc is { } at
        ? WorkerZone.Of(regencyCode).ToLocal(at).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) + " " + WorkerZone.Of(regencyCode).Abbreviation
        : null;

    private static string Amount(decimal value) => decimal.Truncate(value).ToString(CultureInfo.InvariantCulture);
}

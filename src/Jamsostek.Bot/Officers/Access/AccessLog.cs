using System.Globalization;
using System.Text;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Data;
using Jamsostek.Bpu;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.Officers.Access;

/// <summary>
/// Writes and reads the console's access log. An entry is written before the data leaves (a page or a file):
/// when it cannot be stored, the request fails rather than leave no trace.
/// </summary>
public sealed class AccessLog(IDbContextFactory<BotDbContext> dbFactory, TimeProvider time)
{
    public const int MaxText = 200;

    /// <summary>What the admin's page shows at most; the CSV has every entry of the range.</summary>
    public const int PageLimit = 500;

    public static readonly string[] Columns = ["Waktu (UTC)", "Waktu (WIB)", "Petugas", "Kegiatan", "Keterangan", "Alamat IP"];

    public Task RecordAsync(HttpContext http, string action, string? detail = null, CancellationToken cancellationToken = default) =>
        RecordAsync(http, http.User.Identity?.Name ?? "(tanpa nama)", action, detail, cancellationToken);

    public Task RecordAsync(HttpContext http, string officer, string action, string? detail, CancellationToken cancellationToken = default) =>
        SaveAsync(officer, action, detail, http.Connection.RemoteIpAddress?.ToString(), cancellationToken);

    /// <summary>
    /// A command-line verb run on the server: no address, and the operating-system account that ran it, since the
    /// CLI takes <c>--officer NAME</c> without that officer's password.
    /// </summary>
    public Task RecordCliAsync(string officer, string action, string? detail, CancellationToken cancellationToken = default) =>
        SaveAsync(officer, action, $"{(detail is null ? "" : detail + "; ")}lewat CLI oleh pengguna sistem '{Environment.UserName}'", Cli, cancellationToken);

    /// <summary>What the address column holds for an entry from the command line.</summary>
    public const string Cli = "CLI";

    private async Task SaveAsync(string officer, string action, string? detail, string? ip, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AccessLog.Add(new AccessEntry
        {
            At = time.GetUtcNow(),
            Officer = Cut(officer),
            Action = action,
            Detail = detail is null ? null : Cut(detail),
            Ip = ip,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A queue search as it may be kept: a NIK masked, any other long digit run (a phone) masked, a name as typed.</summary>
    public static string SearchDetail(string search)
    {
        var text = search.Trim();
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        return digits.Length == 16 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '.')
            ? $"NIK {PersonalData.MaskNik(digits)}"
            : PersonalData.Mask(text);
    }

    /// <summary>Entries of WIB days <paramref name="from"/>..<paramref name="to"/>, newest first, of one officer when given.</summary>
    public async Task<IReadOnlyList<AccessEntry>> ListAsync(DateOnly from, DateOnly to, string? officer, int? limit, CancellationToken cancellationToken = default)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), IndonesianTimeZone.Wib.UtcOffset);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), IndonesianTimeZone.Wib.UtcOffset);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AccessLog.AsNoTracking().Where(a => a.At >= start && a.At < end);
        if (!string.IsNullOrWhiteSpace(officer))
        {
            var name = officer.Trim();
            entries = entries.Where(a => a.Officer == name);
        }

        var ordered = entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
        return await (limit is { } n ? ordered.Take(n) : ordered).ToListAsync(cancellationToken);
    }

    public static string Wib(DateTimeOffset utc) =>
        IndonesianTimeZone.Wib.ToLocal(utc).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " WIB";

    public static string Csv(IEnumerable<AccessEntry> entries)
    {
        var text = new StringBuilder(Shared.Csv.Line(Columns));
        foreach (var a in entries)
        {
            text.Append(Shared.Csv.Line([
                a.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Wib(a.At), a.Officer,
                AccessActions.Label(a.Action), a.Detail, a.Ip,
            ]));
        }

        return text.ToString();
    }

    private static string Cut(string text) => text.Length <= MaxText ? text : text[..MaxText];
}

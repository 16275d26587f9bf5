using System.Globalization;
using System.Text.Json;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// <c>sponsors import CODE FILE [--dry-run] [--json]</c>: checks a beneficiary list (CSV or XLSX) and invites its valid
/// rows. Exit 0 whenever the file was read, whatever its rows; 1 for an unknown sponsor or an unreadable file.
/// </summary>
public sealed class SponsorsImportCommand(IDbContextFactory<BotDbContext> dbFactory, SponsorImport import, TerminalIo io)
{
    public async Task<int> RunAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var (code, path) = (command.Arguments[0], command.Arguments[1]);
        Sponsor? sponsor;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            sponsor = await db.Sponsors.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, cancellationToken);
        }

        if (sponsor is null)
        {
            await io.Error.WriteLineAsync($"Sponsor dengan kode {code} tidak ada (lihat sponsors add).");
            return 1;
        }

        SponsorListFile file;
        try
        {
            await using var stream = File.OpenRead(path);
            file = SponsorListReader.Read(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await io.Error.WriteLineAsync($"Berkas {path} tidak dapat dibaca: {ex.Message}");
            return 1;
        }

        var report = await import.RunAsync(sponsor, file, command.DryRun, cancellationToken);
        foreach (var row in report.Rows.Where(r => command.Json || !r.Ok))
        {
            await io.Out.WriteLineAsync(command.Json
                ? JsonSerializer.Serialize(new { line = row.Line, ok = row.Ok, reasons = row.Reasons }, TerminalIo.LineJson)
                : $"Baris {row.Line}: {string.Join(" ", row.Reasons)}");
        }

        var summary = string.Format(CultureInfo.InvariantCulture, "{0} baris: {1} sah, {2} perlu diperbaiki; {3}.",
            report.Rows.Count, report.Rows.Count - report.Refused, report.Refused,
            report.DryRun ? "uji saja, tidak ada undangan yang dibuat" : $"{report.Invited} undangan dibuat");
        // With --json stdout carries only the rows; the summary goes to stderr.
        await (command.Json ? io.Error : io.Out).WriteLineAsync(summary);
        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }
}

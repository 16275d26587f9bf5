using System.Globalization;
using System.Text.Json;
using Jamsostek.Bot.Shared;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.SignUps.Queue;

namespace Jamsostek.Bot.Officers;

/// <summary><c>signups list [--status S] [--json]</c>: oldest first; plain mode shows the id (for approve/reject) and masks the NIK.</summary>
public sealed class SignUpsListCommand(IDbContextFactory<BotDbContext> dbFactory, TerminalIo io, Officers.Access.AccessLog access)
{
    private static readonly JsonSerializerOptions Json = new(TerminalIo.LineJson) { WriteIndented = true };

    public async Task<int> RunAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.SignUps.AsNoTracking();
        if (command.Status is not null)
        {
            var status = SignUpStatusCodes.Parse(command.Status);
            query = query.Where(s => s.Status == status);
        }

        var items = (await query.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken))
            .Select(SignUpListItem.From)
            .ToList();

        // --json prints every NIK, phone and address in full: who ran it is kept like a console export.
        await access.RecordCliAsync("(CLI)", Officers.Access.AccessActions.CliList,
            $"{items.Count} pendaftaran{(command.Status is null ? "" : ", status " + command.Status)}{(command.Json ? ", JSON lengkap" : ", NIK tersamar")}", cancellationToken);
        if (command.Json)
        {
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(items, Json));
        }
        else
        {
            await WriteTableAsync(items);
        }

        await io.Out.FlushAsync(cancellationToken);
        return 0;
    }

    private async Task WriteTableAsync(List<SignUpListItem> items)
    {
        if (items.Count == 0)
        {
            await io.Out.WriteLineAsync("Belum ada pendaftaran.");
            return;
        }

        // The id comes first: "signups approve ID" and "signups reject ID" take it.
        const string Row = "{0,6} {1,-12} {2,-9} {3,-16} {4,-24} {5,-12} {6,-11} {7,10} {8,-20}";
        await io.Out.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, Row, "Id", "Referensi", "Status", "NIK", "Nama", "Program", "Periode", "Iuran/bln", "Dibuat (UTC)"));
        foreach (var s in items)
        {
            var name = s.FullName.Length > 24 ? s.FullName[..23] + "…" : s.FullName;
            await io.Out.WriteLineAsync(string.Format(
                CultureInfo.InvariantCulture,
                Row,
                s.Id,
                s.Reference,
                s.Status,
                PersonalData.MaskNik(s.Nik),
                name,
                string.Join('+', s.Programs),
                $"{s.PaymentPeriodMonths} bulan",
                "Rp" + s.MonthlyContribution.ToString("#,0", CultureInfo.GetCultureInfo("id-ID")),
                s.CreatedAt));
        }

        await io.Out.WriteLineAsync($"{items.Count} pendaftaran.");
    }
}

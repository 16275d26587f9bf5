using System.Globalization;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// <c>sponsors add CODE --name NAME --regency 63.06 [--quota-per-village 100] [--quota 5000] [--legal-basis TEXT]
/// [--budget-year 2026] [--period 2026-01..2026-12] [--groups "A,B"] [--programs JKK,JKM]</c>.
/// </summary>
public sealed class SponsorsCommand(IDbContextFactory<BotDbContext> dbFactory, TerminalIo io)
{
    private static readonly string[] PaidPrograms = ["JKK", "JKM", "JHT"];

    public async Task<int> AddAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var name = command.Values.GetValueOrDefault("name");
        var regency = command.Values.GetValueOrDefault("regency");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(regency))
        {
            await io.Error.WriteLineAsync("Perlu --name dan --regency.");
            return CommandLine.UsageExitCode;
        }

        if (!TryNumber(command, "quota-per-village", out var perVillage) || !TryNumber(command, "quota", out var quota) || !TryNumber(command, "budget-year", out var year))
        {
            await io.Error.WriteLineAsync("Kuota dan tahun anggaran harus bilangan bulat positif.");
            return CommandLine.UsageExitCode;
        }

        if (!TryPeriod(command.Values.GetValueOrDefault("period"), out var start, out var end))
        {
            await io.Error.WriteLineAsync("--period ditulis BULAN-AWAL..BULAN-AKHIR, misalnya 2026-01..2026-12.");
            return CommandLine.UsageExitCode;
        }

        var programs = (command.Values.GetValueOrDefault("programs") ?? "JKK,JKM").ToUpperInvariant()
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (programs.Length == 0 || programs.Any(p => !PaidPrograms.Contains(p)))
        {
            await io.Error.WriteLineAsync("--programs: JKK, JKM dan/atau JHT, dipisah koma.");
            return CommandLine.UsageExitCode;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var code = command.Arguments[0];
        if (await db.Sponsors.AnyAsync(s => s.Code == code, cancellationToken))
        {
            await io.Error.WriteLineAsync($"Sponsor dengan kode {code} sudah ada.");
            return 1;
        }

        db.Sponsors.Add(new Sponsor
        {
            Code = code, Name = name, RegencyCode = regency, QuotaPerVillage = perVillage, Quota = quota,
            LegalBasis = command.Values.GetValueOrDefault("legal-basis"), BudgetYear = year, PeriodStart = start, PeriodEnd = end,
            EligibleGroups = command.Values.GetValueOrDefault("groups"), Programs = string.Join(',', programs.Distinct()),
        });
        await db.SaveChangesAsync(cancellationToken);
        await io.Out.WriteLineAsync($"Sponsor {code} ({name}) ditambahkan.");
        return 0;
    }

    private static bool TryNumber(ParsedCommand command, string option, out int? value)
    {
        value = null;
        if (command.Values.GetValueOrDefault(option) is not { } text)
        {
            return true;
        }

        var ok = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0;
        value = ok ? number : null;
        return ok;
    }

    private static bool TryPeriod(string? text, out DateOnly? start, out DateOnly? end)
    {
        (start, end) = (null, null);
        if (text is null)
        {
            return true;
        }

        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            || last < first)
        {
            return false;
        }

        (start, end) = (first, last);
        return true;
    }
}

using System.Globalization;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace Jamsostek.Bot.SignUps;

/// <summary><c>sponsors add CODE --name NAME --regency 63.06 [--quota-per-village 100] [--quota 5000]</c>.</summary>
public sealed class SponsorsCommand(IDbContextFactory<BotDbContext> dbFactory, TerminalIo io)
{
    public async Task<int> AddAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var name = command.Values.GetValueOrDefault("name");
        var regency = command.Values.GetValueOrDefault("regency");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(regency))
        {
            await io.Error.WriteLineAsync("Perlu --name dan --regency.");
            return CommandLine.UsageExitCode;
        }

        if (!TryNumber(command, "quota-per-village", out var perVillage) || !TryNumber(command, "quota", out var quota))
        {
            await io.Error.WriteLineAsync("Kuota harus bilangan bulat positif.");
            return CommandLine.UsageExitCode;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var code = command.Arguments[0];
        if (await db.Sponsors.AnyAsync(s => s.Code == code, cancellationToken))
        {
            await io.Error.WriteLineAsync($"Sponsor dengan kode {code} sudah ada.");
            return 1;
        }

        db.Sponsors.Add(new Sponsor { Code = code, Name = name, RegencyCode = regency, QuotaPerVillage = perVillage, Quota = quota });
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
}

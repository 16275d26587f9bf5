using Jamsostek.Bot.Cli;

namespace Jamsostek.Bot.SignUps.Sponsors;

/// <summary>
/// <c>sponsors add CODE --name NAME --regency 63.06 [--quota-per-village 100] [--village-quota "63.06.01.2001=120;…"]
/// [--quota 5000] [--legal-basis TEXT] [--budget-year 2026] [--period 2026-01..2026-12] [--groups "A,B"] [--programs JKK,JKM]</c>:
/// the same fields and checks as the console's programme page (<see cref="SponsorProgrammeForm"/>).
/// </summary>
public sealed class SponsorsCommand(SponsorProgrammes programmes, TerminalIo io)
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        [nameof(SponsorProgrammeForm.Code)] = "CODE", [nameof(SponsorProgrammeForm.Name)] = "--name",
        [nameof(SponsorProgrammeForm.Regency)] = "--regency", [nameof(SponsorProgrammeForm.LegalBasis)] = "--legal-basis",
        [nameof(SponsorProgrammeForm.BudgetYear)] = "--budget-year", [nameof(SponsorProgrammeForm.PeriodStart)] = "--period",
        [nameof(SponsorProgrammeForm.PeriodEnd)] = "--period", [nameof(SponsorProgrammeForm.Quota)] = "--quota",
        [nameof(SponsorProgrammeForm.QuotaPerVillage)] = "--quota-per-village", [nameof(SponsorProgrammeForm.VillageQuotas)] = "--village-quota",
        [nameof(SponsorProgrammeForm.Groups)] = "--groups", [nameof(SponsorProgrammeForm.Programs)] = "--programs",
    };

    public async Task<int> AddAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        var values = command.Values;
        var period = values.GetValueOrDefault("period")?.Split("..", StringSplitOptions.TrimEntries);
        if (period is { Length: not 2 })
        {
            await io.Error.WriteLineAsync("--period ditulis BULAN-AWAL..BULAN-AKHIR, misalnya 2026-01..2026-12.");
            return CommandLine.UsageExitCode;
        }

        var form = new SponsorProgrammeForm
        {
            Code = command.Arguments[0], Name = values.GetValueOrDefault("name"), Regency = values.GetValueOrDefault("regency"),
            LegalBasis = values.GetValueOrDefault("legal-basis"), BudgetYear = values.GetValueOrDefault("budget-year"),
            PeriodStart = period?[0], PeriodEnd = period?[1], Quota = values.GetValueOrDefault("quota"),
            QuotaPerVillage = values.GetValueOrDefault("quota-per-village"),
            VillageQuotas = values.GetValueOrDefault("village-quota")?.Replace(';', '\n').Replace(',', '\n'),
            Groups = values.GetValueOrDefault("groups"), Programs = values.GetValueOrDefault("programs") ?? "JKK,JKM",
        };
        var errors = await programmes.AddAsync(form, $"cli:{Environment.UserName}", cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
            {
                await io.Error.WriteLineAsync($"{Options.GetValueOrDefault(field, "sponsors add")}: {message}");
            }

            return errors.GetValueOrDefault(nameof(SponsorProgrammeForm.Code)) == SponsorProgrammes.Taken(form.Code) ? 1 : CommandLine.UsageExitCode;
        }

        await io.Out.WriteLineAsync($"Sponsor {form.Code} ({form.Name!.Trim()}) ditambahkan.");
        return 0;
    }
}

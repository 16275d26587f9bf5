using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// <c>agents add NAME --kind kader|perisai|rt --regency 63.06 [--village 63.06.05.1001] --phone 0812…</c> (prints the
/// one-time link code the agent types in their own chat, or opens as a link) and <c>agents list</c>.
/// </summary>
public sealed class AgentsCommand(IDbContextFactory<BotDbContext> dbFactory, AgentAccounts accounts, IOptions<AgentOptions> options, TerminalIo io)
{
    public async Task<int> AddAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var form = new AgentForm
        {
            Name = command.Arguments[0], Kind = command.Values.GetValueOrDefault("kind"), Regency = command.Values.GetValueOrDefault("regency"),
            Village = command.Values.GetValueOrDefault("village"), Phone = command.Values.GetValueOrDefault("phone"),
        };
        var (agent, errors) = await accounts.AddAsync(form, _ => true, "(CLI)", cancellationToken);
        if (agent is null)
        {
            await io.Error.WriteLineAsync("Perlu --kind kader|perisai|rt, --regency KODE dan --phone NOMOR (nomor HP Indonesia).");
            foreach (var message in errors.Values)
            {
                await io.Error.WriteLineAsync(message);
            }

            return CommandLine.UsageExitCode;
        }

        var bot = options.Value.BotUsername;
        await io.Out.WriteLineAsync($"Agen {agent.Id} ({AgentKinds.LabelOf(agent.Kind)}) dibuat. Kode tautan sekali pakai: {agent.LinkCode}");
        await io.Out.WriteLineAsync(string.IsNullOrWhiteSpace(bot)
            ? "Agen mengetik kode itu di chat bot dari HP-nya sendiri."
            : $"Agen membuka https://t.me/{bot.TrimStart('@')}?start={agent.LinkCode} dari HP-nya sendiri (atau mengetik kodenya di chat bot).");
        return 0;
    }

    public async Task<int> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agents = await db.Agents.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        if (agents.Count == 0)
        {
            await io.Out.WriteLineAsync("Belum ada agen.");
            return 0;
        }

        foreach (var a in agents)
        {
            await io.Out.WriteLineAsync($"{a.Id,-5} {a.Name,-30} {a.Kind,-8} {a.RegencyCode,-6} {a.VillageCode ?? "-",-14} {(a.ChatId is not null ? "terhubung " + a.Channel : AgentAccounts.IsActive(a) ? "belum terhubung" : "nonaktif")}");
        }

        return 0;
    }
}

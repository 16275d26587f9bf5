using Jamsostek.Bot.Audit;
using Jamsostek.Bot.Cli;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Shared;
using Jamsostek.Dialogs.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// <c>agents add NAME --kind kader|perisai|rt --regency 63.06 [--village 63.06.05.1001] --phone 0812…</c> (prints the
/// one-time link code the agent types in their own chat, or opens as a link) and <c>agents list</c>.
/// </summary>
public sealed class AgentsCommand(IDbContextFactory<BotDbContext> dbFactory, IOptions<AgentOptions> options, TerminalIo io, TimeProvider time)
{
    public async Task<int> AddAsync(ParsedCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var kind = command.Values.GetValueOrDefault("kind");
        var regency = command.Values.GetValueOrDefault("regency");
        var phone = PhoneParser.Parse(command.Values.GetValueOrDefault("phone") ?? string.Empty);
        if (kind is null || !AgentKinds.Labels.ContainsKey(kind) || string.IsNullOrWhiteSpace(regency) || !phone.Ok)
        {
            await io.Error.WriteLineAsync("Perlu --kind kader|perisai|rt, --regency KODE dan --phone NOMOR (nomor HP Indonesia).");
            return CommandLine.UsageExitCode;
        }

        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agent = new Agent
        {
            Name = command.Arguments[0].Trim(), Kind = kind, RegencyCode = regency, VillageCode = command.Values.GetValueOrDefault("village"),
            Phone = phone.Value!, LinkCode = AgentCodes.NewLinkCode(), CreatedAt = now, CreatedBy = "(CLI)",
        };
        db.Agents.Add(agent);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Of(now, "(CLI)", "agent-added", nameof(Agent), agent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { agent.Id, agent.Kind, agent.RegencyCode, agent.VillageCode, phone = PersonalData.Mask(agent.Phone) }));
        await db.SaveChangesAsync(cancellationToken);

        var bot = options.Value.BotUsername;
        await io.Out.WriteLineAsync($"Agen {agent.Id} ({AgentKinds.LabelOf(kind)}) dibuat. Kode tautan sekali pakai: {agent.LinkCode}");
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
            await io.Out.WriteLineAsync($"{a.Id,-5} {a.Name,-30} {a.Kind,-8} {a.RegencyCode,-6} {a.VillageCode ?? "-",-14} {(a.ChatId is null ? "belum terhubung" : "terhubung " + a.Channel)}");
        }

        return 0;
    }
}
